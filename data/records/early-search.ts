import { ask } from '../messaging/ask';
import { LiveSearch } from '../search/live-search';

/**
 * A page's search of the user's library; it asks the background to rebuild a stale stored index,
 * and asks again when no answer comes: the browser may stop the background as the request arrives,
 * and a rebuild asked for while one runs joins it.
 */
export const newLibrarySearch = () =>
  new LiveSearch(() => void ask({ type: 'search:refresh' }, { retries: 2 }));

/** A search started before the page's first render, for the first `useLibrarySearch` to take. */
let startedEarly: LiveSearch | undefined;

/**
 * Starts the user's index loading (and with it the database opening) before the page's UI code
 * has even loaded: the open and the stored index's read (tens of ms each at popup open) then
 * overlap loading and rendering the UI. Free of React, so a page's entry can call it first and
 * load its UI after. Meanwhile the returned search's `prefetch` looks what is typed up in the term
 * lists at once, so the first render has its answer.
 */
export function startSearchEarly(): LiveSearch {
  startedEarly = newLibrarySearch();
  startedEarly.start().catch(() => undefined);
  return startedEarly;
}

/** The search started early, while no page has taken it. */
export const earlySearch = (): LiveSearch | undefined => startedEarly;

/** Marks the early search taken: a later page's search starts afresh. */
export function takeEarlySearch(search: LiveSearch): void {
  if (startedEarly === search) startedEarly = undefined;
}
