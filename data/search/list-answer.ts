import { WHOLE_TABLE, type JournalEntry } from '../records/search-journal';
import { SearchEngine, STOP_WORDS } from './engine';
import { sourceOf } from './sources';
import { identifierParts, stem, tokenize } from './tokenize';
import type { SearchDoc, SearchHit } from './types';

/**
 * The first answers while a page loads the stored index. Beside the stored index, each indexed
 * term has a short list of its best documents, one small record per term: a query reads the
 * lists of its few words and the records they name, and ranks those with a throwaway engine, in
 * time that does not grow with the library. Lists are written after each stored index and say
 * which journal entry they reflect; writes since are taken from the journal, and every candidate is
 * ranked as its record is now, so an answer is never wrong, only possibly short of items a word is
 * too common to list. Free of any database library: a page's first script answers with it too.
 */

/** Layout of the lists; bumped with any change to them. */
export const LISTS_FORMAT = 1;
/** The key of the record saying which journal entry the lists reflect: no term has a space. */
export const LISTS_META = ' meta';
/** Documents listed per term, best first: a screenful and some. */
export const LIST_SIZE = 24;
/** Terms read per typed word: the word itself and completions, in alphabetical order. */
export const TERMS_PER_WORD = 8;
/** Typed words this short match whole terms only: as prefixes they match most of the vocabulary. */
const MIN_PREFIX = 3;
/** Records ranked per lookup, at most. */
const MAX_CANDIDATES = 400;
/** Writes since the lists past which a lookup is not worth it: the stored index is then rebuilt. */
export const MAX_JOURNAL = 500;

export interface TermList {
  term: string;
  /** Search ids, best first, joined by newlines: one string is read far faster than an array. */
  ids: string;
  /** On the `LISTS_META` record: the last journal entry the lists reflect, and their format. */
  seq?: number;
  format?: number;
}

export interface LookupWord {
  text: string;
  /** Whether terms beginning with `text` count, or only `text` itself. */
  prefix: boolean;
}

/** The index terms a query's words may stand for: as typed, identifier parts, joined, word stems. */
export function lookupWords(query: string): LookupWord[] {
  const texts = new Set<string>();
  for (const token of tokenize(query)) {
    const parts = identifierParts(token.raw);
    for (const text of [token.term, stem(token.term), ...parts, parts.join('')]) {
      if (text && !STOP_WORDS.has(text) && text.length <= 64) texts.add(text);
    }
  }
  return [...texts].map((text) => ({ text, prefix: text.length >= MIN_PREFIX }));
}

/** How a lookup reads the database: through the app's database, or straight from IndexedDB. */
export interface ListReads {
  meta: () => Promise<TermList | undefined>;
  /** The word's list, or (for a prefix) the first `TERMS_PER_WORD` lists of terms it begins. */
  lists: (word: LookupWord) => Promise<TermList[]>;
  /** The newest `count` journal entries, newest first. */
  newestJournal: (count: number) => Promise<JournalEntry[]>;
  /** The current records behind search ids, as documents; deleted ones left out. */
  docs: (ids: string[]) => Promise<SearchDoc[]>;
}

/**
 * The user's records that best answer `query`, from the term lists and the journal since; undefined
 * when there are no lists to go by (none yet, of another format, or too far behind the journal).
 */
export async function answerFromLists(
  query: string,
  limit: number,
  reads: ListReads,
): Promise<SearchHit[] | undefined> {
  const words = lookupWords(query);
  // Every read at once, the journal's newest entries included, and no transaction around them:
  // at page open each round trip, a commit included, waits its turn behind a piece of the stored
  // index being read. Reads that straddle a rewrite of the lists can only leave items out, never
  // rank a record as it no longer is: candidates are ranked as their records are now.
  const [meta, lists, newest] = await Promise.all([
    reads.meta(),
    Promise.all(words.map(reads.lists)),
    reads.newestJournal(MAX_JOURNAL + 1),
  ]);
  if (meta?.format !== LISTS_FORMAT || meta.seq === undefined) return undefined;
  const since = meta.seq;
  const entries = newest.filter((e) => (e.seq ?? 0) > since).reverse();
  if (entries.length > MAX_JOURNAL || entries.some((e) => e.key === WHOLE_TABLE)) return undefined;
  // Records written since the lists first: the lists may not know them at all.
  const ids = new Set(entries.map((e) => sourceOf(e.table).searchId(e.key)));
  for (const list of lists.flat()) {
    for (const id of list.ids.split('\n')) {
      if (ids.size >= MAX_CANDIDATES) break;
      if (id) ids.add(id);
    }
  }
  const docs = await reads.docs([...ids]);
  return new SearchEngine(docs).search(query, { limit });
}
