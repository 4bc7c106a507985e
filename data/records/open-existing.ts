import { DB_NAME } from './db-name';

/**
 * Opens the user's database as it is, with no version, for a page's first script to read before
 * the app's database library has loaded; undefined when there is no database yet (none is created:
 * a first open, which builds every table, is left to the app) or it cannot be opened. The caller
 * closes it, so that a later upgrade is not held up.
 */
export function openIfExists(factory: IDBFactory = indexedDB): Promise<IDBDatabase | undefined> {
  return new Promise((resolve) => {
    const request = factory.open(DB_NAME);
    // No version asked: an upgrade means there was no database, and aborting it creates none.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => {
      const db = request.result;
      // Another page upgrading the database: this one's reads can wait for the app's own open.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    // An aborted first open, or a database that cannot open: the app's own open reports it.
    request.onerror = (event) => {
      event.preventDefault();
      resolve(undefined);
    };
  });
}

const OPENING = Symbol.for('devrecall.database-opening');
const slot = () =>
  globalThis as unknown as Record<symbol, Promise<IDBDatabase | undefined> | undefined>;

/**
 * `openIfExists`, once per page: a page's first scripts share one connection, which the first of
 * them to run asks for. A tiny script can so start the open before a larger one has loaded.
 */
export function openOnce(factory: IDBFactory = indexedDB): Promise<IDBDatabase | undefined> {
  const opening = slot()[OPENING] ?? openIfExists(factory);
  slot()[OPENING] = opening;
  return opening;
}
