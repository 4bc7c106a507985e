import type { SearchHit } from './types';

/**
 * The answer a page's first script found in the term lists for what was typed, handed to the
 * page's search when its code has loaded, so that its first render shows the same results rather
 * than looking them up again. Kept on the page's global object: the two are separate bundles.
 */
const KEY = Symbol.for('devrecall.first-answer');

interface FirstAnswer {
  query: string;
  hits: SearchHit[];
}

const slot = () => globalThis as unknown as Record<symbol, FirstAnswer | undefined>;

export function publishFirstAnswer(query: string, hits: SearchHit[]): void {
  slot()[KEY] = { query, hits };
}

/** The first script's answer, when it was for exactly `query`. */
export function firstAnswerFor(query: string): SearchHit[] | undefined {
  const answer = slot()[KEY];
  return answer?.query === query ? answer.hits : undefined;
}
