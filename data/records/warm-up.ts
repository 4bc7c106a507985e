import { DB_NAME } from './db-name';

/**
 * Opens the database and closes it at once, to have the browser load it from disk while a page's
 * scripts are still loading: measured in the popup with 20,000 notes, opening takes the browser
 * 50 ms or more, and a page's own open, which comes once its scripts have run, then finds it ready.
 * Never creates the database: a first open, with nothing to load, is left to the page. Settles
 * once the database is closed again.
 */
export function warmUpDatabase(factory: IDBFactory = indexedDB): Promise<void> {
  return new Promise((resolve) => {
    const request = factory.open(DB_NAME);
    // No version asked: an upgrade means there was no database, and aborting it creates none.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    // An aborted first open, or a database that cannot open: the page's own open reports it.
    request.onerror = (event) => {
      event.preventDefault();
      resolve();
    };
  });
}
