import { db } from '../records/db';
import { WHOLE_TABLE } from '../records/search-journal';
import { bestIdsByTerm, SearchEngine, STOP_WORDS, type EngineSnapshot } from './engine';
import { urgentRead } from './read-priority';
import { currentDocs } from './current-docs';
import { sourceOf } from './sources';
import { identifierParts, stem, tokenize } from './tokenize';
import type { SearchHit } from './types';

/**
 * The first answers while a page loads the stored index. Beside the stored index, each indexed
 * term has a short list of its best documents, one small record per term: a query reads the
 * lists of its few words and the records they name, and ranks those with a throwaway engine, in
 * time that does not grow with the library. Lists are written after each stored index and say
 * which journal entry they reflect; writes since are taken from the journal, and every candidate is
 * ranked as its record is now, so an answer is never wrong, only possibly short of items a word is
 * too common to list.
 */

/** Layout of the lists; bumped with any change to them. */
export const LISTS_FORMAT = 1;
/** The key of the record saying which journal entry the lists reflect: no term has a space. */
export const LISTS_META = ' meta';
/** Documents listed per term, best first: a screenful and some. */
export const LIST_SIZE = 24;
/** Terms read per typed word: the word itself and completions, in alphabetical order. */
const TERMS_PER_WORD = 8;
/** Typed words this short match whole terms only: as prefixes they match most of the vocabulary. */
const MIN_PREFIX = 3;
/** Records ranked per lookup, at most. */
const MAX_CANDIDATES = 400;
/** Writes since the lists past which a lookup is not worth it: the stored index is then rebuilt. */
const MAX_JOURNAL = 500;

export interface TermList {
  term: string;
  /** Search ids, best first, joined by newlines: one string is read far faster than an array. */
  ids: string;
  /** On the `LISTS_META` record: the last journal entry the lists reflect, and their format. */
  seq?: number;
  format?: number;
}

/** The lists of an index snapshot that reflects journal entries up to `seq`, its meta record last. */
export function termLists(snapshot: EngineSnapshot, seq: number): TermList[] {
  const lists: TermList[] = [];
  for (const [term, ids] of bestIdsByTerm(snapshot, LIST_SIZE)) {
    lists.push({ term, ids: ids.join('\n') });
  }
  lists.push({ term: LISTS_META, ids: '', seq, format: LISTS_FORMAT });
  return lists;
}

/** Whether the stored lists are of this format and reflect journal entries up to `seq`. */
export async function listsReflect(seq: number): Promise<boolean> {
  const meta = await db.searchLists.get(LISTS_META);
  return meta?.format === LISTS_FORMAT && meta.seq === seq;
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

const listsOf = (word: LookupWord) =>
  word.prefix
    ? db.searchLists.where('term').startsWith(word.text).limit(TERMS_PER_WORD).toArray()
    : db.searchLists.where('term').equals(word.text).toArray();

/**
 * The user's records that best answer `query`, from the term lists and the journal since; undefined
 * when there are no lists to go by (none yet, of another format, or too far behind the journal).
 */
export function lookUpTermLists(query: string, limit: number): Promise<SearchHit[] | undefined> {
  // Someone is waiting on it: the stored index's bulk read pauses meanwhile.
  return urgentRead(() => lookUp(query, limit));
}

async function lookUp(query: string, limit: number): Promise<SearchHit[] | undefined> {
  const words = lookupWords(query);
  // Every read at once, the journal's newest entries included, and no transaction around them:
  // at page open each round trip, a commit included, waits its turn behind a piece of the stored
  // index being read. Reads that straddle a rewrite of the lists can only leave items out, never
  // rank a record as it no longer is: candidates are ranked as their records are now.
  const [meta, lists, newest] = await Promise.all([
    db.searchLists.get(LISTS_META),
    Promise.all(words.map(listsOf)),
    db.searchJournal
      .orderBy('seq')
      .reverse()
      .limit(MAX_JOURNAL + 1)
      .toArray(),
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
  const docs = await currentDocs([...ids]);
  return new SearchEngine(docs).search(query, { limit });
}
