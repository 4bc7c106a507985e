import { bundledSections, sectionContext } from '../stacks/bundled';
import { noteSearchId, snippetSearchId } from '../records/ids';
import type { Snippet, UserNote } from '../records/model';
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
