import { bundledSections, sectionContext } from '../stacks/bundled';
import { noteSearchId, snippetSearchId } from '../records/ids';
import type { Snippet, StoredStack, UserNote } from '../records/model';
import { buildCatalog, storedStack } from '../stacks/catalog';
import { sectionDoc } from './documents';
import { SearchEngine, type SearchOptions } from './engine';
import type { SearchDoc, SearchHit } from './types';
import { noteDoc, snippetDoc } from './user-docs';

/** One index over the bundled sections and the user's notes and snippets. */
export class LibraryIndex {
  private readonly engine = new SearchEngine(
    bundledSections.map((s) => sectionDoc(s, sectionContext(s))),
  );
  /** The `updatedAt` each user record had when indexed, to re-index only what changed. */
  private readonly indexed = new Map<string, number>();
  /** Each written or installed stack's `updatedAt` when indexed, and the section ids it added. */
  private readonly indexedStacks = new Map<string, { updatedAt: number; ids: string[] }>();

  /**
   * Brings the sections of written and installed stacks in line with the stored ones: a stack
   * whose record changed is re-indexed whole, a deleted one is dropped.
   */
  syncStacks(stored: readonly StoredStack[]): void {
    const catalog = buildCatalog(stored);
    const seen = new Set<string>();
    for (const record of stored) {
      seen.add(record.id);
      const indexed = this.indexedStacks.get(record.id);
      if (indexed?.updatedAt === record.updatedAt) continue;
      for (const id of indexed?.ids ?? []) this.engine.remove(id);
      const sections = storedStack(record).notes.flatMap((note) => note.sections);
      for (const section of sections) {
        this.engine.add(sectionDoc(section, catalog.sectionContext(section)));
      }
      this.indexedStacks.set(record.id, {
        updatedAt: record.updatedAt,
        ids: sections.map((s) => s.id),
      });
    }
    for (const [id, { ids }] of this.indexedStacks) {
      if (seen.has(id)) continue;
      for (const sectionId of ids) this.engine.remove(sectionId);
      this.indexedStacks.delete(id);
    }
  }

  /** Brings the index in line with the user's records: adds new and edited ones, drops deleted ones. */
  sync(notes: readonly UserNote[], snippets: readonly Snippet[]): void {
    const steps = this.syncSteps(notes, snippets, Infinity);
    while (!steps.next().done) {
      // Runs to the end in one go.
    }
  }

  /**
   * The same work in steps of at most `chunk` records, so a page can index a large library between
   * frames while bundled results already show. Newest records come first from the callers' lists.
   */
  *syncSteps(
    notes: readonly UserNote[],
    snippets: readonly Snippet[],
    chunk: number,
  ): Generator<void, void, void> {
    const seen = new Set<string>();
    let done = 0;
    const records: [string, number, () => SearchDoc][] = [
      ...notes.map((n): [string, number, () => SearchDoc] => [
        noteSearchId(n.id),
        n.updatedAt,
        () => noteDoc(n),
      ]),
      ...snippets.map((s): [string, number, () => SearchDoc] => [
        snippetSearchId(s.id),
        s.updatedAt,
        () => snippetDoc(s),
      ]),
    ];
    for (const [id, updatedAt, build] of records) {
      seen.add(id);
      if (this.indexed.get(id) === updatedAt) continue;
      this.engine.add(build());
      this.indexed.set(id, updatedAt);
      if (++done % chunk === 0) yield;
    }
    for (const id of this.indexed.keys()) {
      if (seen.has(id)) continue;
      this.engine.remove(id);
      this.indexed.delete(id);
    }
  }

  search(query: string, options?: SearchOptions): SearchHit[] {
    return this.engine.search(query, options);
  }

  get size(): number {
    return this.engine.size;
  }
}
