import { noteSearchId, snippetSearchId } from '../records/ids';
import type { Snippet, UserNote } from '../records/model';
import type { SearchDoc } from './types';
import { noteDoc, snippetDoc } from './user-docs';

/**
 * Where the user's searchable records live: per table (each listed in `SEARCHABLE_TABLES`), how a
 * record becomes a search document and what search id a key has.
 */
export interface SearchSource {
  table: string;
  searchId: (key: string) => string;
  toDoc: (record: never) => SearchDoc;
}

export const SEARCH_SOURCES: readonly SearchSource[] = [
  { table: 'notes', searchId: noteSearchId, toDoc: (note: UserNote) => noteDoc(note) },
  {
    table: 'snippets',
    searchId: snippetSearchId,
    toDoc: (snippet: Snippet) => snippetDoc(snippet),
  },
];

const byTable = new Map(SEARCH_SOURCES.map((s) => [s.table, s]));

export function sourceOf(table: string): SearchSource {
  const source = byTable.get(table);
  if (!source) throw new Error(`No search source for table ${table}.`);
  return source;
}

/** The source and key behind a search id, for the user's records only. */
export function sourceOfSearchId(
  searchId: string,
): { source: SearchSource; key: string } | undefined {
  for (const source of SEARCH_SOURCES) {
    const prefix = source.searchId('');
    if (searchId.startsWith(prefix)) return { source, key: searchId.slice(prefix.length) };
  }
  return undefined;
}

/** The keys of the user's records behind search ids, by the source they live in. */
export function keysBySource(ids: readonly string[]): Map<SearchSource, string[]> {
  const keys = new Map<SearchSource, string[]>();
  for (const id of ids) {
    const at = sourceOfSearchId(id);
    if (!at) continue;
    const list = keys.get(at.source) ?? [];
    list.push(at.key);
    keys.set(at.source, list);
  }
  return keys;
}
