import { db } from '../records/db';
import { bestIdsByTerm, type EngineSnapshot } from './engine';
import { currentDocs } from './current-docs';
import {
  answerFromLists,
  LIST_SIZE,
  LISTS_FORMAT,
  LISTS_META,
  TERMS_PER_WORD,
  type ListReads,
  type TermList,
} from './list-answer';
import { urgentRead } from './read-priority';
import type { SearchHit } from './types';

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

/** The term lists read through the app's database. */
const dexieReads: ListReads = {
  meta: () => db.searchLists.get(LISTS_META),
  lists: (word) =>
    word.prefix
      ? db.searchLists.where('term').startsWith(word.text).limit(TERMS_PER_WORD).toArray()
      : db.searchLists.where('term').equals(word.text).toArray(),
  newestJournal: (count) => db.searchJournal.orderBy('seq').reverse().limit(count).toArray(),
  docs: currentDocs,
};

/**
 * The user's records that best answer `query`, from the term lists and the journal since; undefined
 * when there are no lists to go by (none yet, of another format, or too far behind the journal).
 */
export function lookUpTermLists(query: string, limit: number): Promise<SearchHit[] | undefined> {
  // Someone is waiting on it: the stored index's bulk read pauses meanwhile.
  return urgentRead(() => answerFromLists(query, limit, dexieReads));
}
