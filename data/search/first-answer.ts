import type { SearchHit } from './types';

/**
 * The lookup a page's first script made in the term lists for what was typed, handed to the page's
 * search when its code has loaded: its first render shows the same results rather than looking
 * them up again, and while the lookup is in flight the search waits for it rather than reading the
 * database beside it. Kept on the page's global object: the two are separate bundles.
 */
const KEY = Symbol.for('devrecall.first-answer');

interface FirstLookup {
  query: string;
  /** Settled with the answer, if any: undefined when there were no term lists to go by. */
  answer: Promise<SearchHit[] | undefined>;
  hits?: SearchHit[];
}

const slot = () => globalThis as unknown as Record<symbol, FirstLookup | undefined>;

/** Records the first script's lookup of `query`, the newest replacing any before it. */
export function lookingUpFirst(query: string, answer: Promise<SearchHit[] | undefined>): void {
  const lookup: FirstLookup = { query, answer };
  slot()[KEY] = lookup;
  answer.then(
    (hits) => (lookup.hits = hits),
    () => undefined,
  );
}

/** The first script's answer, when it is in and for exactly `query`. */
export function firstAnswerFor(query: string): SearchHit[] | undefined {
  const lookup = slot()[KEY];
  return lookup?.query === query ? lookup.hits : undefined;
}

/**
 * Longest a page waits on the first script's lookup: past it the page looks up and loads on its
 * own, so a database that never answers the first script cannot hold the popup up.
 */
export const FIRST_LOOKUP_WAIT_MS = 500;

/**
 * The first script's newest lookup, for `query` if one is given; undefined when there is none.
 * Settles with undefined when it failed or takes longer than `FIRST_LOOKUP_WAIT_MS`.
 */
export function firstLookup(query?: string): Promise<SearchHit[] | undefined> | undefined {
  const lookup = slot()[KEY];
  if (!lookup || (query !== undefined && lookup.query !== query)) return undefined;
  let giveUp = () => {};
  const late = new Promise<undefined>((resolve) => (giveUp = () => resolve(undefined)));
  const timer = setTimeout(giveUp, FIRST_LOOKUP_WAIT_MS);
  const answer = lookup.answer.catch(() => undefined);
  return Promise.race([answer, late]).finally(() => clearTimeout(timer));
}
