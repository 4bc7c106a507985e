import type { JournalEntry } from '../records/search-journal';
import { LISTS_META, TERMS_PER_WORD, type ListReads, type TermList } from './list-answer';
import { keysBySource } from './sources';
import type { SearchDoc } from './types';

const result = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB read failed.'));
  });

const store = (db: IDBDatabase, name: string) => db.transaction(name, 'readonly').objectStore(name);

/**
 * The term lists and the records they name, read straight from IndexedDB: for a page's first
 * script, which answers before the app's database library has even loaded.
 */
export function idbListReads(db: IDBDatabase): ListReads {
  return {
    meta: () => result<TermList | undefined>(store(db, 'searchLists').get(LISTS_META)),
    lists: async (word) => {
      const lists = store(db, 'searchLists');
      if (!word.prefix) {
        const list = await result<TermList | undefined>(lists.get(word.text));
        return list ? [list] : [];
      }
      const range = IDBKeyRange.bound(word.text, `${word.text}\uffff`);
      return result<TermList[]>(lists.getAll(range, TERMS_PER_WORD));
    },
    // The newest key, then the entries up to it in one read: a cursor would take a round trip each.
    newestJournal: async (count) => {
      const journal = store(db, 'searchJournal');
      const last = await result(journal.openKeyCursor(null, 'prev'));
      if (!last) return [];
      const from = IDBKeyRange.lowerBound((last.key as number) - count + 1);
      return (await result<JournalEntry[]>(journal.getAll(from))).reverse();
    },
    // One transaction a table, every record asked at once.
    docs: async (ids) => {
      const found = await Promise.all(
        [...keysBySource(ids)].map(([source, keys]) => {
          const records = store(db, source.table);
          return Promise.all(
            keys.map(async (key): Promise<SearchDoc[]> => {
              const record = await result<unknown>(records.get(key));
              return record === undefined ? [] : [source.toDoc(record as never)];
            }),
          );
        }),
      );
      return found.flat(2);
    },
  };
}
