import { buildCatalog, storedStack } from '../stacks/catalog';
import { db } from '../records/db';
import type { StoredStack } from '../records/model';
import { bundledSectionDocs } from './bundled-docs';
import { sectionDoc } from './documents';
import { mergeRanked } from './combined';
import { DEFAULT_LIMIT, SearchEngine, type SearchOptions } from './engine';
import { SEARCH_MARKS } from './marks';
import { currentDocs } from './current-docs';
import { SEARCH_SOURCES } from './sources';
import {
  applyJournal,
  indexTables,
  journalAfter,
  loadUserIndex,
  tablesTotal,
  type LoadedIndex,
} from './stored-index';
import { urgentReadsDone } from './read-priority';
import { lookUpTermLists } from './term-lists';
import { firstAnswerFor, firstLookup } from './first-answer';
import type { SearchDoc, SearchHit } from './types';

const journalAndTables = () => [db.searchJournal, ...SEARCH_SOURCES.map((s) => db.table(s.table))];

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Journal entries taken in at once past which the background is asked to fold them in. */
const REFRESH_AFTER = 100;

export type SearchStatus = 'loading' | 'indexing' | 'ready';

/**
 * One page's search over the bundled sections and the user's records. Bundled sections answer at
 * once; the user's records come from the stored index (or, when it is unusable, from the tables a
 * chunk at a time while the background rebuilds it), then follow the write journal, so writes from
 * any page show up here without reading the library again. The two are separate engines, their
 * hits merged by score: adding the sections to a restored index would read and copy the stored
 * postings of every word they share with the library at every open.
 */
export class LiveSearch {
  /**
   * Bundled sections and the sections of written and installed stacks: indexed on first use, so
   * that a search started before its page has rendered opens the database without waiting on it.
   */
  private sectionsEngine: SearchEngine | undefined;
  /** The user's notes and snippets. */
  private engine = new SearchEngine();
  private seq = 0;
  private following = false;
  private catching: Promise<void> = Promise.resolve();
  private stopped = false;
  private listeners = new Set<() => void>();
  /** Full documents of user hits, for excerpts: the stored index keeps display fields only. */
  private full = new Map<string, SearchDoc>();
  private fetching = new Set<string>();
  /** Until the index is ready: the term lists' answers, by query, and the queries asked. */
  private early = new Map<string, SearchHit[]>();
  private asked = new Set<string>();
  private listsRequested = false;
  /** Each such stack's `updatedAt` when indexed, and the section ids it added. */
  private indexedStacks = new Map<string, { updatedAt: number; ids: string[] }>();
  revision = 0;
  /**
   * The last ranking, for as long as nothing it came from changes: a page ranks what is typed
   * ahead of showing it (see `useLibrarySearch`), then shows it.
   */
  private lastRanked:
    { query: string; limit: number; revision: number; hits: SearchHit[] } | undefined;
  /** Moves on when full records arrive: the hits' answer lines change, their ranking does not. */
  fullRevision = 0;
  status: SearchStatus = 'loading';
  private starting: Promise<void> | undefined;

  constructor(private readonly requestRefresh: () => void) {}

  private get sections(): SearchEngine {
    this.sectionsEngine ??= new SearchEngine(bundledSectionDocs());
    return this.sectionsEngine;
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private changed(): void {
    this.revision++;
    for (const listener of this.listeners) listener();
  }

  /** Loads the index, once however often it is called. */
  start(): Promise<void> {
    this.starting ??= this.load();
    return this.starting;
  }

  private async load(): Promise<void> {
    let loaded: LoadedIndex | undefined;
    // The page's first script answering what is typed has the database to itself meanwhile.
    await firstLookup();
    performance.mark(SEARCH_MARKS.start);
    try {
      loaded = await loadUserIndex(undefined, { counted: false });
    } catch {
      loaded = undefined;
    }
    performance.mark(SEARCH_MARKS.loaded);
    if (this.stopped) return;
    if (loaded) {
      this.engine = loaded.engine;
      this.seq = loaded.seq;
      if (loaded.replayed > 0) this.requestRefresh();
    } else {
      this.requestRefresh();
      this.status = 'indexing';
      this.changed();
      this.seq = await indexTables(this.engine, async () => {
        this.changed();
        await this.nextChunk();
      });
    }
    this.status = 'ready';
    this.early.clear();
    this.following = true;
    performance.mark(SEARCH_MARKS.ready);
    this.changed();
    await this.catchUp();
    if (loaded) await this.checkTables();
  }

  /**
   * Brings the sections of written and installed stacks in line with the stored ones: a stack
   * whose record changed is re-indexed whole, a deleted one is dropped. Cheap when nothing changed.
   */
  syncStacks(stored: readonly StoredStack[]): void {
    const catalog = buildCatalog(stored);
    const seen = new Set<string>();
    for (const record of stored) {
      seen.add(record.id);
      const indexed = this.indexedStacks.get(record.id);
      if (indexed?.updatedAt === record.updatedAt) continue;
      this.lastRanked = undefined;
      for (const id of indexed?.ids ?? []) this.sections.remove(id);
      const sections = storedStack(record).notes.flatMap((note) => note.sections);
      for (const section of sections) {
        this.sections.add(sectionDoc(section, catalog.sectionContext(section)));
      }
      this.indexedStacks.set(record.id, {
        updatedAt: record.updatedAt,
        ids: sections.map((s) => s.id),
      });
    }
    for (const [id, { ids }] of this.indexedStacks) {
      if (seen.has(id)) continue;
      this.lastRanked = undefined;
      for (const sectionId of ids) this.sections.remove(sectionId);
      this.indexedStacks.delete(id);
    }
  }

  stop(): void {
    this.stopped = true;
  }

  /** Takes in journal entries written since; called whenever the journal grows. */
  catchUp(): Promise<void> {
    if (!this.following) return this.catching;
    this.catching = this.catching.then(async () => {
      if (this.stopped) return;
      const changed = await db.transaction('r', journalAndTables(), () => this.takeInJournal());
      if (changed.length === 0) return;
      // A large change (an import) is worth folding into the stored index now, not at next open.
      if (changed.length >= REFRESH_AFTER) this.requestRefresh();
      this.changed();
    });
    return this.catching;
  }

  /** Between chunks of indexing the tables: the page gets its turn, and a closed search stops. */
  private async nextChunk(): Promise<void> {
    await nextTask();
    if (this.stopped) throw new Error('Search closed.');
  }

  /** In a transaction over the journal and the tables: the entries since `seq`, taken in. */
  private async takeInJournal(): Promise<string[]> {
    const entries = await journalAfter(this.seq);
    if (entries.length === 0) return [];
    this.seq = entries.at(-1)?.seq ?? this.seq;
    const changed = await applyJournal(this.engine, entries);
    for (const id of changed) this.full.delete(id);
    return changed;
  }

  /**
   * Once the stored index serves, and after any lookup in flight: whether it holds as many items as
   * the tables. A record written behind the journal's back shows as a difference; the tables are
   * then indexed afresh, and the background asked to rebuild the stored index. Until then the index
   * may lack such a record, never show one as it no longer is.
   */
  private checkTables(): Promise<void> {
    this.catching = this.catching.then(async () => {
      const urgent = urgentReadsDone();
      if (urgent) await urgent;
      if (this.stopped) return;
      const { changed, holds } = await db.transaction('r', journalAndTables(), async () => {
        const changed = await this.takeInJournal();
        return { changed, holds: this.engine.size === (await tablesTotal()) };
      });
      if (holds) {
        if (changed.length) this.changed();
        return;
      }
      this.requestRefresh();
      const engine = new SearchEngine();
      const seq = await indexTables(engine, () => this.nextChunk());
      this.engine = engine;
      this.seq = seq;
      this.full.clear();
      // Entries after `seq` may or may not be in: taken in again, as records are now.
      await db.transaction('r', journalAndTables(), () => this.takeInJournal());
      this.changed();
    });
    return this.catching;
  }

  /** Ranked hits for `query`, each with its full record where one is fetched (see `withFull`). */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    return this.withFull(this.rank(query, options));
  }

  /**
   * Ranked hits for `query`. A user's hit may hold display fields only: its full record is fetched
   * in the background and `fullRevision` moves on once it is in, so the ranking is not run again.
   */
  rank(query: string, options: SearchOptions = {}): SearchHit[] {
    const limit = options.limit ?? DEFAULT_LIMIT;
    const last = this.lastRanked;
    if (last?.query === query && last.limit === limit && last.revision === this.revision) {
      return last.hits;
    }
    // The user's own come first at equal strength.
    let own = this.engine.search(query, { limit });
    if (this.status !== 'ready') own = this.withEarly(query, own, limit);
    const hits = mergeRanked(own, this.sections.search(query, { limit }), limit);
    const missing = hits.filter(
      (h) => h.doc.kind !== 'section' && !h.doc.text && !h.doc.code && !this.full.has(h.doc.id),
    );
    if (missing.length) void this.fetchFull(missing.map((h) => h.doc.id));
    this.lastRanked = { query, limit, revision: this.revision, hits };
    return hits;
  }

  /**
   * Starts looking `query` up in the term lists while the index loads, so that ranking it soon
   * after finds the answer in: cheaper than `rank` for a page that cannot show hits yet.
   */
  prefetch(query: string): void {
    if (this.status !== 'ready' && query.trim() !== '' && !this.earlyFor(query)) {
      this.askEarly(query, DEFAULT_LIMIT);
    }
  }

  /** The term lists' answer for `query` so far: this search's own, or the page's first script's. */
  private earlyFor(query: string): SearchHit[] | undefined {
    const found = this.early.get(query) ?? firstAnswerFor(query);
    if (found) this.early.set(query, found);
    return found;
  }

  /** `hits` with the full records fetched so far, for their answer lines. */
  withFull(hits: SearchHit[]): SearchHit[] {
    return hits.map((hit) => {
      const doc = this.full.get(hit.doc.id);
      return doc ? { ...hit, doc } : hit;
    });
  }

  /**
   * While the index loads: the term lists' answer for `query` (asked for once) before what the
   * engine holds so far.
   */
  private withEarly(query: string, own: SearchHit[], limit: number): SearchHit[] {
    if (query.trim() === '') return own;
    const early = this.earlyFor(query);
    if (!early) {
      this.askEarly(query, limit);
      return own;
    }
    const listed = new Set(early.map((hit) => hit.doc.id));
    return [...early, ...own.filter((hit) => !listed.has(hit.doc.id))].slice(0, limit);
  }

  private askEarly(query: string, limit: number): void {
    if (this.asked.has(query)) return;
    this.asked.add(query);
    // The page's first script looking the same text up: its answer is taken rather than read twice.
    const first = firstLookup(query);
    const lookup = first
      ? first.then((hits) => hits ?? lookUpTermLists(query, limit))
      : lookUpTermLists(query, limit);
    lookup.then(
      (hits) => {
        // No lists to go by, or too far behind: the background writes them afresh.
        if (!hits && !this.listsRequested) {
          this.listsRequested = true;
          this.requestRefresh();
        }
        if (this.stopped || this.status === 'ready' || !hits) return;
        performance.mark(SEARCH_MARKS.early);
        this.early.set(query, hits);
        this.changed();
      },
      // No lists to go by: the index answers once loaded.
      () => undefined,
    );
  }

  private async fetchFull(ids: string[]): Promise<void> {
    const wanted = ids.filter((id) => !this.fetching.has(id));
    if (wanted.length === 0) return;
    for (const id of wanted) this.fetching.add(id);
    try {
      for (const doc of await currentDocs(wanted)) this.full.set(doc.id, doc);
    } finally {
      for (const id of wanted) this.fetching.delete(id);
    }
    if (this.stopped) return;
    this.fullRevision++;
    for (const listener of this.listeners) listener();
  }
}
