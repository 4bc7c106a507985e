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

type Grams = Record<2 | 3, Map<string, number[]>>;

function addGrams(index: Grams, term: string, id: number): void {
  for (const n of [2, 3] as const) {
    for (const gram of new Set(grams(term, n))) {
      const list = index[n].get(gram);
      if (list) list.push(id);
      else index[n].set(gram, [id]);
    }
  }
}

/**
 * An n-gram index in a compact, storable form: the terms (by number) with gram `keys[k]` are
 * `ids[offsets[k]]` up to `ids[offsets[k + 1]]`; keys are joined by newlines, in sorted order.
 */
export interface GramTable {
  keys: string;
  offsets: Uint32Array;
  ids: Int32Array;
}

export type GramTables = Record<'bigrams' | 'trigrams', GramTable>;

interface ReadTable {
  keys: string[];
  offsets: Uint32Array;
  ids: Int32Array;
}

const lowerBound = (sorted: readonly string[], key: string) => {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as string) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/** The bigram and trigram tables of `terms`, numbered by their position. */
export function gramTables(terms: readonly string[]): GramTables {
  const index: Grams = { 2: new Map(), 3: new Map() };
  terms.forEach((term, id) => addGrams(index, term, id));
  const table = (map: Map<string, number[]>): GramTable => {
    const keys = [...map.keys()].sort();
    const offsets = new Uint32Array(keys.length + 1);
    const ids = new Int32Array(keys.reduce((sum, k) => sum + (map.get(k) as number[]).length, 0));
    keys.forEach((key, k) => {
      const list = map.get(key) as number[];
      ids.set(list, offsets[k] as number);
      offsets[k + 1] = (offsets[k] as number) + list.length;
    });
    return { keys: keys.join('\n'), offsets, ids };
  };
  return { bigrams: table(index[2]), trigrams: table(index[3]) };
}

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
  private sorted: string[] = [];
  /** Terms added since `sorted` was last brought up to date. */
  private pending: string[] = [];
  /** Stored n-gram tables of a restored vocabulary's first `storedTerms` terms. */
  private stored: Record<2 | 3, ReadTable> | undefined;
  private storedTerms = 0;
  /** N-grams of the other terms, worked out on first need. */
  private grams: Grams | undefined;
  private counts = new Uint16Array(0);

  /**
   * A vocabulary of `sorted` (distinct, in sorted order) with its n-gram tables from `gramTables`,
   * ready without re-sorting or re-indexing anything. Terms not yet known must be added with `add`.
   */
  static restore(sorted: string[], tables: GramTables): Vocabulary {
    const vocabulary = new Vocabulary();
    vocabulary.terms = sorted;
    vocabulary.sorted = [...sorted];
    const read = ({ keys, offsets, ids }: GramTable): ReadTable => {
      const list = keys === '' ? [] : keys.split('\n');
      if (offsets.length !== list.length + 1 || offsets[list.length] !== ids.length) {
        throw new Error('N-gram table parts do not fit together.');
      }
      return { keys: list, offsets, ids };
    };
    vocabulary.stored = { 2: read(tables.bigrams), 3: read(tables.trigrams) };
    vocabulary.storedTerms = sorted.length;
    return vocabulary;
  }

  /** Adds a term the vocabulary does not have yet (callers know which terms they added). */
  add(term: string): void {
    const id = this.terms.length;
    this.terms.push(term);
    this.pending.push(term);
    if (this.grams) addGrams(this.grams, term, id);
  }

  /** Ids of the terms with n-gram `gram`, in one or two lists. */
  private withGram(n: 2 | 3, gram: string): ArrayLike<number>[] {
    if (!this.grams) {
      this.grams = { 2: new Map(), 3: new Map() };
      for (let id = this.storedTerms; id < this.terms.length; id++) {
        addGrams(this.grams, this.terms[id] as string, id);
      }
    }
    const lists: ArrayLike<number>[] = [];
    const table = this.stored?.[n];
    if (table) {
      const k = lowerBound(table.keys, gram);
      if (table.keys[k] === gram) {
        lists.push(table.ids.subarray(table.offsets[k] as number, table.offsets[k + 1] as number));
      }
    }
    const added = this.grams[n].get(gram);
    if (added) lists.push(added);
    return lists;
  }

  /** Terms that start with `prefix` (not `prefix` itself), in sorted order, at most `limit`. */
  completions(prefix: string, limit: number): string[] {
    const sorted = this.sortedTerms();
    const out: string[] = [];
    for (let i = lowerBound(sorted, prefix); i < sorted.length && out.length < limit; i++) {
      const term = sorted[i] as string;
      if (!term.startsWith(prefix)) break;
      if (term !== prefix) out.push(term);
    }
    return out;
  }

  /** Other forms of a word (`throttling` for `throttle`), the word itself left out. */
  forms(term: string): string[] {
    const base = stem(term);
    // Stems keep at least three letters, and every form of one begins with it (`query` →
    // `queries` begins with `quer`).
    if (base.length < 3) return [];
    const start = base.endsWith('y') ? base.slice(0, -1) : base;
    const sorted = this.sortedTerms();
    const out: string[] = [];
    for (let i = lowerBound(sorted, start); i < sorted.length; i++) {
      const other = sorted[i] as string;
      if (!other.startsWith(start)) break;
      if (other !== term && stem(other) === base) out.push(other);
    }
    return out;
  }

  /** Terms that contain `part` after their first letter (`jwt` in `simplejwt`), at most `limit`, shortest first. */
  containing(part: string, limit: number): string[] {
    if (part.length < 3) return [];
    let rarest: ArrayLike<number>[] | undefined;
    let rarestSize = Infinity;
    for (const gram of grams(part, 3)) {
      const lists = this.withGram(3, gram);
      const size = lists.reduce((sum, list) => sum + list.length, 0);
      if (size === 0) return [];
      if (size < rarestSize) {
        rarest = lists;
        rarestSize = size;
      }
    }
    const out: string[] = [];
    for (const list of rarest ?? []) {
      for (let i = 0; i < list.length; i++) {
        const term = this.terms[list[i] as number] as string;
        if (term.indexOf(part) > 0) out.push(term);
      }
    }
    // The closest (shortest) first, so the answer does not depend on the order terms were added.
    return out.sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0)).slice(0, limit);
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
      for (const list of this.withGram(2, gram)) {
        for (let i = 0; i < list.length; i++) {
          const id = list[i] as number;
          if (counts[id] === 0) touched.push(id);
          counts[id] = (counts[id] as number) + 1;
        }
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
}
