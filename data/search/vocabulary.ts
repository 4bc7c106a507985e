import Fuse from 'fuse.js';
import { stem } from './tokenize';

/** Typos allowed for a typed term of this length: none would be found in very short words. */
const maxEdits = (length: number) => (length <= 4 ? 1 : length <= 8 ? 2 : 3);

const grams = (term: string, n: number): string[] => {
  const out: string[] = [];
  for (let i = 0; i + n <= term.length; i++) out.push(term.slice(i, i + n));
  return out;
};

const MAX_SCORED = 200;

/** Scores typo candidates; only ever run on the few terms the n-gram filter lets through. */
const FUZZY_OPTIONS = {
  includeScore: true,
  threshold: 0.34,
  ignoreLocation: true,
  minMatchCharLength: 2,
} as const;

/**
 * The distinct terms of an index, with the lookups search needs: whole terms, completions of a
 * term being typed, terms containing it, and terms it could be a typo of. Each lookup touches only
 * terms that share letters with the query (sorted order for prefixes, trigrams for substrings,
 * bigrams for typos), so its cost follows the answer, not the size of the vocabulary.
 */
export class Vocabulary {
  private terms: string[] = [];
  private ids = new Map<string, number>();
  private sorted: string[] = [];
  /** Terms added since `sorted` was last brought up to date. */
  private pending: string[] = [];
  private bigrams = new Map<string, number[]>();
  private trigrams = new Map<string, number[]>();
  private counts = new Uint16Array(0);
  /** Terms by stem, for other forms of a word. */
  private stems = new Map<string, string[]>();

  add(term: string): void {
    if (this.ids.has(term)) return;
    const id = this.terms.length;
    this.terms.push(term);
    this.ids.set(term, id);
    this.pending.push(term);
    const base = stem(term);
    const forms = this.stems.get(base);
    if (forms) forms.push(term);
    else this.stems.set(base, [term]);
    for (const [n, index] of [
      [2, this.bigrams],
      [3, this.trigrams],
    ] as const) {
      for (const gram of new Set(grams(term, n))) {
        const list = index.get(gram);
        if (list) list.push(id);
        else index.set(gram, [id]);
      }
    }
  }

  /** Terms that start with `prefix` (not `prefix` itself), in sorted order, at most `limit`. */
  completions(prefix: string, limit: number): string[] {
    const sorted = this.sortedTerms();
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((sorted[mid] as string) < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < sorted.length && out.length < limit; i++) {
      const term = sorted[i] as string;
      if (!term.startsWith(prefix)) break;
      if (term !== prefix) out.push(term);
    }
    return out;
  }

  /** Other forms of a word (`throttling` for `throttle`), the word itself left out. */
  forms(term: string): string[] {
    return (this.stems.get(stem(term)) ?? []).filter((t) => t !== term);
  }

  /** Terms that contain `part` after their first letter (`jwt` in `simplejwt`), at most `limit`. */
  containing(part: string, limit: number): string[] {
    if (part.length < 3) return [];
    let rarest: number[] | undefined;
    for (const gram of grams(part, 3)) {
      const list = this.trigrams.get(gram);
      if (!list) return [];
      if (!rarest || list.length < rarest.length) rarest = list;
    }
    const out: string[] = [];
    for (const id of rarest ?? []) {
      const term = this.terms[id] as string;
      if (term.indexOf(part) > 0) out.push(term);
      if (out.length >= limit) break;
    }
    return out;
  }

  /**
   * Terms within a few typos of `term`, with Fuse.js's score (0 is perfect). Candidates must share
   * enough bigrams to be within reach (the q-gram lemma), which rules out nearly every term at once.
   */
  typos(term: string, limit: number): { term: string; score: number }[] {
    const edits = maxEdits(term.length);
    const termGrams = [...new Set(grams(term, 2))];
    const needed = Math.max(1, termGrams.length - 2 * edits);
    if (this.counts.length < this.terms.length) {
      this.counts = new Uint16Array(Math.max(this.terms.length, this.counts.length * 2));
    }
    const counts = this.counts;
    const touched: number[] = [];
    for (const gram of termGrams) {
      for (const id of this.bigrams.get(gram) ?? []) {
        if (counts[id] === 0) touched.push(id);
        counts[id] = (counts[id] as number) + 1;
      }
    }
    const close: { id: number; shared: number }[] = [];
    for (const id of touched) {
      const shared = counts[id] as number;
      counts[id] = 0;
      const length = (this.terms[id] as string).length;
      if (shared >= needed && Math.abs(length - term.length) <= edits) close.push({ id, shared });
    }
    if (close.length === 0) return [];
    // Only the closest few are worth scoring: more shared bigrams, fewer edits.
    const candidates = close
      .sort((a, b) => b.shared - a.shared)
      .slice(0, MAX_SCORED)
      .map(({ id }) => this.terms[id] as string);
    return new Fuse(candidates, FUZZY_OPTIONS)
      .search(term, { limit })
      .map(({ item, score = 1 }) => ({ term: item, score }));
  }

  private sortedTerms(): string[] {
    if (this.pending.length === 0) return this.sorted;
    if (this.pending.length > 64) {
      this.sorted = [...this.terms].sort();
    } else {
      // A few new terms (an edit, a new note): insert them rather than sort everything again.
      for (const term of this.pending) {
        let lo = 0;
        let hi = this.sorted.length;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if ((this.sorted[mid] as string) < term) lo = mid + 1;
          else hi = mid;
        }
        this.sorted.splice(lo, 0, term);
      }
    }
    this.pending = [];
    return this.sorted;
  }

  clear(): void {
    this.terms = [];
    this.ids.clear();
    this.sorted = [];
    this.pending = [];
    this.bigrams.clear();
    this.trigrams.clear();
    this.stems.clear();
  }
}
