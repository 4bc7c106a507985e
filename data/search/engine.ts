import { identifierParts, queryTerms, words } from './tokenize';
import type { SearchDoc, SearchHit } from './types';
import { Vocabulary } from './vocabulary';

/**
 * How much a term counts by where it stands: titles and curated keywords beat code identifiers,
 * which beat passing mentions in prose.
 */
const FIELDS = [
  ['title', 8],
  ['keywords', 6],
  ['code', 3],
  ['text', 1.5],
] as const;
/** A part of an identifier (`related` in `select_related`) counts for less than the whole. */
const PART_FACTOR = 0.5;

/** How well a typed term fits an index term, by kind of fit. */
const FIT = { exact: 1, prefix: 0.9, infix: 0.7, fuzzy: 0.75 } as const;
/** Prefix expansions kept per term, most widespread first: enough for as-you-type, bounded for speed. */
const MAX_PREFIX_TERMS = 40;
const MAX_FUZZY_TERMS = 30;
const MIN_FUZZY_LENGTH = 3;
/** Typo guesses count for this much when the letters typed already begin or sit inside real words. */
const TYPO_FACTOR_WHEN_MATCHED = 0.2;
const TITLE_PHRASE_BONUS = 6;

const STOP_WORDS = new Set(
  'a an and are as at be but by for from has have if in into is it its of on or so that the their then there these this to was were will with'.split(
    ' ',
  ),
);

/**
 * Per document, each term's fields are packed in one number: bits 0–3 mark the fields (in FIELDS
 * order) where it stands as a whole word, bits 4–7 where it is part of an identifier, and the
 * rest count occurrences. No object per term per document keeps indexing light on memory.
 */
const PART_SHIFT = 4;
const COUNT_UNIT = 256;

/**
 * A term's weight in one document: its strongest field, plus a little for each other field it
 * also appears in (a keyword that is also in the code beats one only mentioned in prose) and for
 * repetition.
 */
function termWeight(packed: number): number {
  let best = 0;
  let total = 0;
  FIELDS.forEach(([, weight], field) => {
    const w =
      packed & (1 << field)
        ? weight
        : packed & (1 << (field + PART_SHIFT))
          ? weight * PART_FACTOR
          : 0;
    best = Math.max(best, w);
    total += w;
  });
  const count = Math.floor(packed / COUNT_UNIT);
  return (best + 0.25 * (total - best)) * (1 + 0.15 * Math.log(count));
}

interface Posting {
  slots: number[];
  weights: number[];
}

export interface SearchOptions {
  limit?: number;
}

/**
 * An inverted index: a typed term is first resolved against the distinct terms (exact, completions,
 * substrings, typos scored by Fuse.js), then the matching terms' postings are scored by field.
 * Resolving against terms rather than items keeps each keystroke cheap at tens of thousands of
 * items. Items can be added and removed at any time.
 */
export class SearchEngine {
  private docs: (SearchDoc | undefined)[] = [];
  private docTerms: string[][] = [];
  private slotById = new Map<string, number>();
  private postings = new Map<string, Posting>();
  private vocabulary = new Vocabulary();
  private analysed = new Map<string, { term: string; parts: string[] }>();
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

    const stats = new Map<string, number>();
    const note = (term: string, bit: number) => {
      if (STOP_WORDS.has(term) || term.length > 64) return;
      const packed = stats.get(term) ?? 0;
      stats.set(term, (packed | bit) + COUNT_UNIT);
    };
    const values = [doc.title, doc.keywords.join('\n'), doc.code, doc.text];
    values.forEach((value, field) => {
      for (const raw of words(value)) {
        const { term, parts } = this.analyse(raw);
        note(term, 1 << field);
        for (const part of parts) note(part, 1 << (field + PART_SHIFT));
      }
    });

    const terms: string[] = [];
    for (const [term, packed] of stats) {
      let posting = this.postings.get(term);
      if (!posting) {
        posting = { slots: [], weights: [] };
        this.postings.set(term, posting);
        this.vocabulary.add(term);
      }
      posting.slots.push(slot);
      posting.weights.push(termWeight(packed));
      terms.push(term);
    }
    this.docTerms[slot] = terms;
  }

  /** A word's index form and identifier parts; words repeat a lot, so each is worked out once. */
  private analyse(raw: string): { term: string; parts: string[] } {
    let analysis = this.analysed.get(raw);
    if (!analysis) {
      analysis = { term: raw.toLowerCase(), parts: identifierParts(raw) };
      this.analysed.set(raw, analysis);
    }
    return analysis;
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

    const completions = this.vocabulary
      .completions(term, MAX_PREFIX_TERMS * 10)
      .sort((a, b) => this.documentFrequency(b) - this.documentFrequency(a))
      .slice(0, MAX_PREFIX_TERMS);
    for (const t of completions) {
      // A longer completion is a weaker guess at what is being typed.
      const extra = Math.min(1, (t.length - term.length) / 12);
      found.set(t, FIT.prefix - 0.15 * extra);
    }
    for (const t of this.vocabulary.containing(term, MAX_FUZZY_TERMS)) {
      if (!found.has(t)) found.set(t, FIT.infix);
    }

    // A word that exists as typed is taken as meant; typo guesses are for words that do not.
    if (term.length >= MIN_FUZZY_LENGTH && !found.has(term)) {
      // A typo fix is a guess: it must not outrank words that match what was typed.
      const guessWeight = found.size > 0 ? TYPO_FACTOR_WHEN_MATCHED : 1;
      for (const typo of this.vocabulary.typos(term, MAX_FUZZY_TERMS)) {
        if (!found.has(typo.term)) found.set(typo.term, FIT.fuzzy * (1 - typo.score) * guessWeight);
      }
    }
    return found;
  }

  private documentFrequency(term: string): number {
    return this.postings.get(term)?.slots.length ?? 0;
  }

  private compact(): void {
    const live = this.docs.filter((doc): doc is SearchDoc => doc !== undefined);
    this.docs = [];
    this.docTerms = [];
    this.slotById.clear();
    this.postings.clear();
    this.vocabulary.clear();
    this.liveCount = 0;
    this.deadPostings = 0;
    for (const doc of live) this.add(doc);
  }
}
