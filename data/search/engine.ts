import Fuse from 'fuse.js';
import { identifierParts, queryTerms, tokenize } from './tokenize';
import type { SearchDoc, SearchHit } from './types';

/**
 * How much a term counts by where it stands: titles and curated keywords beat code identifiers,
 * which beat passing mentions in prose.
 */
const FIELD_WEIGHT = { title: 8, keywords: 6, code: 3, text: 1.5 } as const;
type Field = keyof typeof FIELD_WEIGHT;
/** A part of an identifier (`related` in `select_related`) counts for less than the whole. */
const PART_FACTOR = 0.5;

/** How well a typed term fits an index term, by kind of fit. */
const FIT = { exact: 1, prefix: 0.9, infix: 0.7, fuzzy: 0.75 } as const;
/** Prefix expansions kept per term, most widespread first: enough for as-you-type, bounded for speed. */
const MAX_PREFIX_TERMS = 40;
const MAX_FUZZY_TERMS = 30;
const MIN_FUZZY_LENGTH = 3;
const EXACT_EXISTS_FUZZY_FACTOR = 0.2;
const TITLE_PHRASE_BONUS = 6;

const STOP_WORDS = new Set(
  'a an and are as at be but by for from has have if in into is it its of on or so that the their then there these this to was were will with'.split(
    ' ',
  ),
);

/**
 * A term's weight in one document: its strongest field, plus a little for each other field it
 * also appears in (a keyword that is also in the code beats one only mentioned in prose) and for
 * repetition.
 */
function termWeight(fieldWeights: number[], count: number): number {
  const sorted = fieldWeights.sort((a, b) => b - a);
  const [best = 0, ...rest] = sorted;
  const others = rest.reduce((sum, w) => sum + w, 0);
  return (best + 0.25 * others) * (1 + 0.15 * Math.log(count));
}

interface Posting {
  slots: number[];
  weights: number[];
}

export interface SearchOptions {
  limit?: number;
}

/**
 * An inverted index whose vocabulary is searched with Fuse.js: typos and partial words are resolved
 * against the distinct terms (thousands), not against every item (tens of thousands), and the
 * matching terms' postings are then scored by field. Items can be added and removed at any time.
 */
export class SearchEngine {
  private docs: (SearchDoc | undefined)[] = [];
  private docTerms: string[][] = [];
  private slotById = new Map<string, number>();
  private postings = new Map<string, Posting>();
  /** Terms in sorted order for prefix lookups; rebuilt lazily after new terms arrive. */
  private sortedTerms: string[] = [];
  private sortedDirty = false;
  private vocabulary = new Fuse<string>([], {
    includeScore: true,
    threshold: 0.34,
    ignoreLocation: true,
    minMatchCharLength: 2,
  });
  private liveCount = 0;
  private deadPostings = 0;

  constructor(docs: Iterable<SearchDoc> = []) {
    for (const doc of docs) this.add(doc);
  }

  get size(): number {
    return this.liveCount;
  }

  has(id: string): boolean {
    return this.slotById.has(id);
  }

  get(id: string): SearchDoc | undefined {
    const slot = this.slotById.get(id);
    return slot === undefined ? undefined : this.docs[slot];
  }

  /** Adds a document, replacing any with the same id. */
  add(doc: SearchDoc): void {
    if (this.slotById.has(doc.id)) this.remove(doc.id);
    const slot = this.docs.length;
    this.docs.push(doc);
    this.slotById.set(doc.id, slot);
    this.liveCount++;

    const weights = new Map<string, { byField: Map<Field, number>; count: number }>();
    const note = (term: string, field: Field, weight: number) => {
      if (STOP_WORDS.has(term) || term.length > 64) return;
      let entry = weights.get(term);
      if (!entry) {
        entry = { byField: new Map(), count: 0 };
        weights.set(term, entry);
      }
      entry.byField.set(field, Math.max(entry.byField.get(field) ?? 0, weight));
      entry.count++;
    };
    const fields: [Field, string][] = [
      ['title', doc.title],
      ['keywords', doc.keywords.join('\n')],
      ['code', doc.code],
      ['text', doc.text],
    ];
    for (const [field, value] of fields) {
      const weight = FIELD_WEIGHT[field];
      for (const token of tokenize(value)) {
        note(token.term, field, weight);
        for (const part of identifierParts(token.raw)) note(part, field, weight * PART_FACTOR);
      }
    }

    const terms: string[] = [];
    for (const [term, { byField, count }] of weights) {
      let posting = this.postings.get(term);
      if (!posting) {
        posting = { slots: [], weights: [] };
        this.postings.set(term, posting);
        this.vocabulary.add(term);
        this.sortedDirty = true;
      }
      posting.slots.push(slot);
      posting.weights.push(termWeight([...byField.values()], count));
      terms.push(term);
    }
    this.docTerms[slot] = terms;
  }

  remove(id: string): void {
    const slot = this.slotById.get(id);
    if (slot === undefined) return;
    this.slotById.delete(id);
    this.docs[slot] = undefined;
    this.deadPostings += this.docTerms[slot]?.length ?? 0;
    this.docTerms[slot] = [];
    this.liveCount--;
    // Removed slots are skipped while scoring; postings are compacted once they are mostly dead.
    if (this.deadPostings > 50_000 && this.deadPostings > this.liveCount * 20) this.compact();
  }

  search(query: string, { limit = 30 }: SearchOptions = {}): SearchHit[] {
    const terms = [...new Set(queryTerms(query))];
    if (terms.length === 0 || this.liveCount === 0) return [];

    const total = new Float64Array(this.docs.length);
    const covered = new Uint8Array(this.docs.length);
    const termScore = new Float64Array(this.docs.length);
    const touched: number[] = [];
    const candidatesByTerm: Map<string, number>[] = [];

    for (const term of terms) {
      const candidates = this.candidates(term);
      candidatesByTerm.push(candidates);
      const termTouched: number[] = [];
      for (const [candidate, fit] of candidates) {
        const posting = this.postings.get(candidate);
        if (!posting) continue;
        const { slots, weights } = posting;
        for (let i = 0; i < slots.length; i++) {
          const slot = slots[i] as number;
          const score = fit * (weights[i] as number);
          if (termScore[slot] === 0) termTouched.push(slot);
          if (score > (termScore[slot] as number)) termScore[slot] = score;
        }
      }
      for (const slot of termTouched) {
        if (covered[slot] === 0) touched.push(slot);
        total[slot] = (total[slot] as number) + (termScore[slot] as number);
        covered[slot] = (covered[slot] as number) + 1;
        termScore[slot] = 0;
      }
    }

    const phrase = query.trim().toLowerCase();
    const ranked: { slot: number; score: number }[] = [];
    for (const slot of touched) {
      const doc = this.docs[slot];
      if (!doc) continue;
      const coverage = (covered[slot] as number) / terms.length;
      let score = (total[slot] as number) * coverage * coverage;
      if (phrase.length > 1 && doc.title.toLowerCase().includes(phrase))
        score += TITLE_PHRASE_BONUS;
      ranked.push({ slot, score });
    }
    ranked.sort((a, b) => b.score - a.score);

    return ranked.slice(0, limit).map(({ slot, score }) => {
      const docTermSet = new Set(this.docTerms[slot]);
      const matched = candidatesByTerm.flatMap((c) =>
        [...c.keys()].filter((t) => docTermSet.has(t)),
      );
      return { doc: this.docs[slot] as SearchDoc, score, matched };
    });
  }

  /** Index terms that the typed term could mean, with how well each fits. */
  private candidates(term: string): Map<string, number> {
    const found = new Map<string, number>();
    if (this.postings.has(term)) found.set(term, FIT.exact);

    const prefixed = this.prefixMatches(term)
      .filter((t) => t !== term)
      .sort((a, b) => this.documentFrequency(b) - this.documentFrequency(a))
      .slice(0, MAX_PREFIX_TERMS);
    for (const t of prefixed) {
      // A longer completion is a weaker guess at what is being typed.
      const extra = Math.min(1, (t.length - term.length) / 12);
      found.set(t, FIT.prefix - 0.15 * extra);
    }

    if (term.length >= MIN_FUZZY_LENGTH) {
      // A typo fix is a guess: where the term itself exists, guesses must not outrank it.
      const guessWeight = found.size > 0 ? EXACT_EXISTS_FUZZY_FACTOR : 1;
      for (const { item, score = 1 } of this.vocabulary.search(term, { limit: MAX_FUZZY_TERMS })) {
        if (found.has(item)) continue;
        found.set(item, item.includes(term) ? FIT.infix : FIT.fuzzy * (1 - score) * guessWeight);
      }
    }
    return found;
  }

  private prefixMatches(prefix: string): string[] {
    const sorted = this.sorted();
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((sorted[mid] as string) < prefix) lo = mid + 1;
      else hi = mid;
    }
    const matches: string[] = [];
    for (let i = lo; i < sorted.length && matches.length < MAX_PREFIX_TERMS * 10; i++) {
      const t = sorted[i] as string;
      if (!t.startsWith(prefix)) break;
      matches.push(t);
    }
    return matches;
  }

  private documentFrequency(term: string): number {
    return this.postings.get(term)?.slots.length ?? 0;
  }

  private sorted(): string[] {
    if (this.sortedDirty) {
      this.sortedTerms = [...this.postings.keys()].sort();
      this.sortedDirty = false;
    }
    return this.sortedTerms;
  }

  private compact(): void {
    const live = this.docs.filter((doc): doc is SearchDoc => doc !== undefined);
    this.docs = [];
    this.docTerms = [];
    this.slotById.clear();
    this.postings.clear();
    this.vocabulary.setCollection([]);
    this.liveCount = 0;
    this.deadPostings = 0;
    this.sortedDirty = true;
    for (const doc of live) this.add(doc);
  }
}
