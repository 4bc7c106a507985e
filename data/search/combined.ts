import type { SearchHit } from './types';

/**
 * Docs entries count for a little less than the user's own notes and the curated notes: at equal
 * strength, what a person kept comes first.
 */
const DOCS_WEIGHT = 0.7;

/** Two rankings, each best first, as one of at most `limit` hits; on equal scores `first`'s come first. */
export function mergeRanked(
  first: readonly SearchHit[],
  second: readonly SearchHit[],
  limit: number,
): SearchHit[] {
  const merged: SearchHit[] = [];
  let i = 0;
  let j = 0;
  while (merged.length < limit && (i < first.length || j < second.length)) {
    const a = first[i];
    const b = second[j];
    if (a && (!b || a.score >= b.score)) {
      merged.push(a);
      i++;
    } else if (b) {
      merged.push(b);
      j++;
    }
  }
  return merged;
}

/** The library's hits and the docs index's hits as one ranking, best first. */
export function mergeHits(
  own: readonly SearchHit[],
  docs: readonly SearchHit[],
  limit: number,
): SearchHit[] {
  return mergeRanked(
    own,
    docs.map((hit) => ({ ...hit, score: hit.score * DOCS_WEIGHT })),
    limit,
  );
}
