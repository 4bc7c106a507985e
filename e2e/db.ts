import type { Page } from 'playwright-core';

/**
 * Every table of user data in the extension's database, read with the raw IndexedDB API from an
 * extension page. The search index, its term lists and its write journal are derived from the rest and left out.
 */
export function readAllTables(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(
    (derived) =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open('devrecall');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames].filter((n) => !derived.includes(n)).sort();
          const tx = db.transaction(names, 'readonly');
          const out: Record<string, unknown[]> = {};
          for (const name of names) {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => (out[name] = request.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    ['searchIndex', 'searchJournal', 'searchLists'],
  );
}

/** Puts records into one table with the raw IndexedDB API, as another device's data would arrive. */
export function putRecords(page: Page, table: string, records: object[]): Promise<void> {
  return page.evaluate(
    ([table, records]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('devrecall');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(table, 'readwrite');
          for (const record of records) tx.objectStore(table).put(record);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [table, records] as const,
  );
}
