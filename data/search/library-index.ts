import { bundledSections, sectionContext } from '../bundled';
import { noteSearchId, snippetSearchId } from '../ids';
import type { Snippet, UserNote } from '../model';
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
    const seen = new Set<string>();
    const upsert = (id: string, updatedAt: number, build: () => SearchDoc) => {
      seen.add(id);
      if (this.indexed.get(id) === updatedAt) return;
      this.engine.add(build());
      this.indexed.set(id, updatedAt);
    };
    for (const note of notes) upsert(noteSearchId(note.id), note.updatedAt, () => noteDoc(note));
    for (const snippet of snippets) {
      upsert(snippetSearchId(snippet.id), snippet.updatedAt, () => snippetDoc(snippet));
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
