import type { SearchHit } from './types';

/**
 * Docs entries count for a little less than the user's own notes and the curated notes: at equal
 * strength, what a person kept comes first.
 */
const DOCS_WEIGHT = 0.7;

/** The library's hits and the docs index's hits as one ranking, best first. */
export function mergeHits(
  own: readonly SearchHit[],
  docs: readonly SearchHit[],
  limit: number,
): SearchHit[] {
  const weighted = docs.map((hit) => ({ ...hit, score: hit.score * DOCS_WEIGHT }));
  const merged: SearchHit[] = [];
  let i = 0;
  let j = 0;
  while (merged.length < limit && (i < own.length || j < weighted.length)) {
    const a = own[i];
    const b = weighted[j];
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
