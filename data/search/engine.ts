import { identifierParts, tokenize, words } from './tokenize';
import type { DocKind, SearchDoc, SearchHit } from './types';
import { gramTables, Vocabulary, type GramTables } from './vocabulary';

/**
 * How much a term counts by where it stands: titles and curated keywords beat code identifiers,
 * which beat passing mentions in prose. The title of the note or page an item belongs to counts
 * a little: "F expression" finds `F` on the "Query Expressions" page.
 */
const FIELDS = [
  ['title', 8],
  ['keywords', 8],
  ['code', 3],
  ['context', 2],
  ['text', 1.5],
] as const;
/** A part of an identifier (`related` in `select_related`) counts for less than the whole. */
const PART_FACTOR = 0.5;

/** How well a typed term fits an index term, by kind of fit. */
const FIT = { exact: 1, prefix: 0.9, form: 0.85, infix: 0.7, fuzzy: 0.75 } as const;
/** A word inside a longer one (`forms` in `performs`) when the word itself is indexed too. */
const INFIX_OF_KNOWN_WORD = 0.25;
/**
 * A part of a typed identifier (`csrf` of `csrf_exempt`) found on its own: items that have only
 * some of the parts still show, below those with the whole identifier.
 */
const QUERY_PART_FIT = 0.5;
/** Prefix expansions kept per term, most widespread first: enough for as-you-type, bounded for speed. */
const MAX_PREFIX_TERMS = 40;
const MAX_FUZZY_TERMS = 30;
const MIN_FUZZY_LENGTH = 3;
/** Typo guesses count for this much when the letters typed already begin or sit inside real words. */
const TYPO_FACTOR_WHEN_MATCHED = 0.2;
const TITLE_PHRASE_BONUS = 6;
/**
 * A title or curated keyword that is exactly the query (`F`, `Q`, `csrf_exempt()`) beats every
 * partial match.
 */
const EXACT_TITLE_BONUS = 10;

export const STOP_WORDS = new Set(
  'a an and are as at be but by for from has have if in into is it its of on or so that the their then there these this to was were will with'.split(
    ' ',
  ),
);

/**
 * Bumped whenever indexing changes what a stored index holds (tokenizing, identifier parts, word
 * forms, stop words, fields, the posting code below): a persisted index of another version is
 * rebuilt, never read. Field weights are applied at search time, so changing them needs no bump.
 */
export const ENGINE_VERSION = 2;

/**
 * Per document, each term's fields are packed in one number: bits 0–4 mark the fields (in FIELDS
 * order) where it stands as a whole word, bits 5–9 where it is part of an identifier, and the
 * rest count occurrences. No object per term per document keeps indexing light on memory.
 * Postings keep the fields and the count (capped) as a 16-bit code.
 */
const PART_SHIFT = 5;
/** The posting code's bits for a whole word in the title or in the keywords (FIELDS order). */
const WHOLE_TITLE_OR_KEYWORD = 0b11;
/** The same, or as part of an identifier there. */
const ANY_TITLE_OR_KEYWORD = WHOLE_TITLE_OR_KEYWORD | (WHOLE_TITLE_OR_KEYWORD << PART_SHIFT);
const COUNT_UNIT = 1024;
const MAX_COUNT = Math.floor(0xffff / COUNT_UNIT);

const postingCode = (packed: number) =>
  (Math.min(MAX_COUNT, Math.floor(packed / COUNT_UNIT)) * COUNT_UNIT) | (packed % COUNT_UNIT);

/** The field part of a term's weight for each combination of field bits, worked out once. */
const FIELD_WEIGHTS = Float64Array.from({ length: COUNT_UNIT }, (_, bits) => {
  let best = 0;
  let total = 0;
  FIELDS.forEach(([, weight], field) => {
    const w =
      bits & (1 << field) ? weight : bits & (1 << (field + PART_SHIFT)) ? weight * PART_FACTOR : 0;
    best = Math.max(best, w);
    total += w;
  });
  return best + 0.25 * (total - best);
});

/**
 * A term's weight in one document, by posting code: its strongest field, plus a little for each
 * other field it also appears in (a keyword that is also in the code beats one only mentioned in
 * prose) and for repetition.
 */
const WEIGHTS = new Float64Array(COUNT_UNIT * (MAX_COUNT + 1));
// A loop by count rather than a callback per code: this runs as every page that searches starts.
for (let count = 0; count <= MAX_COUNT; count++) {
  const repeated = 1 + 0.15 * Math.log(Math.max(1, count));
  for (let bits = 0; bits < COUNT_UNIT; bits++) {
    WEIGHTS[count * COUNT_UNIT + bits] = (FIELD_WEIGHTS[bits] as number) * repeated;
  }
}

/** Entries kept per term for two-letter queries, best first. */
const TOP_SIZE = 64;
/** Queries this short answer from each term's best entries rather than all of them. */
const SHORT_QUERY = 2;

/**
 * The documents a term is in, by slot in ascending order, with its posting code in each. A
 * restored index holds typed arrays: views into the stored ones until the term gains a document
 * (see `append`). `top` holds positions of the best-weighted entries, worked out on first need.
 */
interface Posting {
  slots: number[] | Int32Array;
  codes: number[] | Uint16Array;
  top?: number[];
  /** For a restored posting that gained entries: its own arrays with room to grow. */
  room?: { slots: Int32Array; codes: Uint16Array };
}

/**
 * Appends an entry. A restored posting is a view into the stored arrays; its first new entry
 * copies it into arrays of its own with room to spare (one block copy, where converting it to a
 * plain array would touch every entry of a common term and double its memory).
 */
function append(posting: Posting, slot: number, code: number): void {
  if (Array.isArray(posting.slots) && Array.isArray(posting.codes)) {
    posting.slots.push(slot);
    posting.codes.push(code);
    return;
  }
  const length = posting.slots.length;
  if (!posting.room || posting.room.slots.length === length) {
    const capacity = length + (length >> 1) + 8;
    const room = { slots: new Int32Array(capacity), codes: new Uint16Array(capacity) };
    room.slots.set(posting.slots);
    room.codes.set(posting.codes);
    posting.room = room;
  }
  posting.room.slots[length] = slot;
  posting.room.codes[length] = code;
  posting.slots = posting.room.slots.subarray(0, length + 1);
  posting.codes = posting.room.codes.subarray(0, length + 1);
}

/**
 * A compact, structured-cloneable form of an index: documents' display fields (not their text),
 * terms in sorted order, and every term's postings one after another (`offsets[t]` to
 * `offsets[t + 1]`). Slots are renumbered to leave no gaps.
 */
export interface EngineSnapshot {
  version: number;
  /** JSON of `[id, kind, title, context, termCount, keywords?][]`, in slot order. */
  docs: string;
  /** Terms joined by newlines (which no term contains), in sorted order. */
  terms: string;
  /** Identifiers written together and their parts: `csrfexempt csrf exempt` lines, sorted. */
  compounds: string;
  /** The terms' n-gram tables, for substring and typo lookups. */
  grams: GramTables;
  /**
   * Every term's postings, one after another from byte `offsets[t]` to `offsets[t + 1]`: per
   * entry, the slot's distance from the entry before (from -1 for the first) and the code's
   * place in `codeTable`, each a varint. Slots ascend and the common codes come first, so most
   * entries take two bytes rather than six: the stored index is read at every page open, and
   * reading it costs by the byte.
   */
  postings: Uint8Array;
  offsets: Uint32Array;
  /** Per term, how many entries it has. */
  frequencies: Uint32Array;
  /** Posting codes, most used first. */
  codeTable: Uint16Array;
  /** Per term, the positions of its best entries (`topOffsets` as above), for short queries. */
  topOffsets: Uint32Array;
  tops: Uint16Array | Uint32Array;
}

/** A document in a snapshot: id, kind, title, context, term count and keywords when it has any. */
type StoredDoc = [string, DocKind, string, string, number, string[]?];

/** The first position in `sorted[0..end)` not below `key`. */
function lowerBound(sorted: readonly string[], key: string, end = sorted.length): number {
  let lo = 0;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as string) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A restored index's postings, read into `Posting`s only for the terms a search touches. */
type StoredPostings = Pick<
  EngineSnapshot,
  'postings' | 'offsets' | 'frequencies' | 'codeTable' | 'topOffsets' | 'tops'
>;

/** Bytes written as varints (seven bits a byte, low bits first) into a buffer that grows. */
class VarintWriter {
  private bytes = new Uint8Array(1 << 16);
  length = 0;

  write(value: number): void {
    if (this.length + 5 > this.bytes.length) {
      const bigger = new Uint8Array(this.bytes.length * 2);
      bigger.set(this.bytes);
      this.bytes = bigger;
    }
    while (value >= 0x80) {
      this.bytes[this.length++] = (value & 0x7f) | 0x80;
      value >>>= 7;
    }
    this.bytes[this.length++] = value;
  }

  written(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

/** One stored posting as arrays; throws when its bytes do not hold `count` whole entries. */
function readPosting(
  bytes: Uint8Array,
  start: number,
  end: number,
  count: number,
  codeTable: Uint16Array,
): { slots: Int32Array; codes: Uint16Array } {
  const slots = new Int32Array(count);
  const codes = new Uint16Array(count);
  let at = start;
  let slot = -1;
  const next = () => {
    let value = 0;
    let shift = 0;
    for (;;) {
      if (at >= end) throw new Error('A stored posting is cut short.');
      const byte = bytes[at++] as number;
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
      shift += 7;
    }
  };
  for (let i = 0; i < count; i++) {
    slot += next();
    slots[i] = slot;
    const code = codeTable[next()];
    if (code === undefined) throw new Error('A stored posting has an unknown code.');
    codes[i] = code;
  }
  if (at !== end) throw new Error('A stored posting is longer than its entries.');
  return { slots, codes };
}

/** Whether `slot` is in a posting's ascending slots. */
function holds(slots: ArrayLike<number>, slot: number): boolean {
  let lo = 0;
  let hi = slots.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((slots[mid] as number) < slot) lo = mid + 1;
    else hi = mid;
  }
  return slots[lo] === slot;
}

const weightAt = (codes: ArrayLike<number>, position: number) =>
  WEIGHTS[codes[position] as number] as number;

/** Inserts `position` into a best-first list of at most `TOP_SIZE` positions if it makes the cut. */
function offerTop(top: number[], codes: ArrayLike<number>, position: number): void {
  const weight = weightAt(codes, position);
  let at = top.length;
  while (at > 0 && weight > weightAt(codes, top[at - 1] as number)) at--;
  if (at >= TOP_SIZE) return;
  top.splice(at, 0, position);
  if (top.length > TOP_SIZE) top.pop();
}

/** Positions of a posting's best `TOP_SIZE` entries by weight, best first (ties: earlier first). */
function bestEntries(codes: ArrayLike<number>, alive: (position: number) => boolean): number[] {
  const top: number[] = [];
  for (let i = 0; i < codes.length; i++) if (alive(i)) offerTop(top, codes, i);
  return top;
}

/**
 * A word as indexed: its term's number (-1 if not indexed), its identifier parts' numbers, and
 * the number of its parts written together (`csrfexempt` for `csrf_exempt`, -1 if none), so
 * `CsrfExempt` and `csrfexempt` find it too.
 */
interface Analysis {
  term: number;
  parts: number[];
  joined: number;
}

interface Scratch {
  /** Per slot: summed term scores, and how many query terms matched. */
  total: Float64Array;
  covered: Uint8Array;
  /** Per slot: the best score for the query term being resolved. */
  termScore: Float64Array;
  /** Slots touched by the whole query and by the current term, in order of first touch. */
  touched: Int32Array;
  termTouched: Int32Array;
  /** Per slot: the parts of a typed identifier matched so far, summed; slots one part touched. */
  partSum: Float64Array;
  partTouched: Int32Array;
  /** Per slot: whether its title or a keyword could be or hold the typed phrase (see `search`). */
  titled: Uint8Array;
}

interface Ranked {
  slot: number;
  score: number;
  /** Order of offer, the tie-break. */
  order: number;
}

/** Lower score, or the same score offered later. */
const weaker = (a: Ranked, b: Ranked) =>
  a.score < b.score || (a.score === b.score && a.order > b.order);

/**
 * The `size` best-scoring slots offered, best first; on equal scores the one offered first wins,
 * as a stable sort of everything offered would have it. A heap with the weakest kept entry on top,
 * so most offers are turned away by one comparison.
 */
class TopSlots {
  private heap: Ranked[] = [];
  private offered = 0;

  constructor(private readonly size: number) {}

  /** The score an offer must beat to be kept. */
  get weakest(): number {
    return this.heap.length < this.size ? -Infinity : (this.heap[0]?.score ?? Infinity);
  }

  offer(slot: number, score: number): void {
    const heap = this.heap;
    const order = this.offered++;
    if (heap.length < this.size) {
      const entry = { slot, score, order };
      let i = heap.length;
      heap.push(entry);
      while (i > 0) {
        const parent = (i - 1) >> 1;
        const above = heap[parent] as Ranked;
        if (!weaker(entry, above)) break;
        heap[i] = above;
        i = parent;
      }
      heap[i] = entry;
      return;
    }
    // Offered last, so on an equal score it loses to what is kept.
    const weakest = heap[0];
    if (!weakest || score <= weakest.score) return;
    const entry = { slot, score, order };
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= heap.length) break;
      const right = left + 1;
      const child =
        right < heap.length && weaker(heap[right] as Ranked, heap[left] as Ranked) ? right : left;
      const below = heap[child] as Ranked;
      if (!weaker(below, entry)) break;
      heap[i] = below;
      i = child;
    }
    heap[i] = entry;
  }

  ranked(): Ranked[] {
    return [...this.heap].sort((a, b) => b.score - a.score || a.order - b.order);
  }
}

/**
 * Words only, lower-cased, one space apart: `Class-based views` and `class based views` are the
 * same phrase, and `csrf_exempt()` is `csrf_exempt`.
 */
const phraseOf = (text: string) => words(text).join(' ').toLowerCase();
const NO_NAMES: string[] = [];
const namesOf = (doc: SearchDoc) => (doc.keywords.length ? doc.keywords.map(phraseOf) : NO_NAMES);

/** Hits a search returns unless asked for another number. */
export const DEFAULT_LIMIT = 30;

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
  /** Per slot, how many postings it has, to know when removed slots are worth compacting. */
  private termCounts: number[] = [];
  /**
   * Titles as phrases (`phraseOf`), for the title bonuses without work on every keystroke;
   * worked out on first need for restored documents.
   */
  private titles: (string | undefined)[] = [];
  /**
   * Curated keywords as phrases: a keyword is a name of its item as much as the title is. Worked
   * out on first need for restored documents, like titles.
   */
  private names: (string[] | undefined)[] = [];
  /**
   * Each held document's slot by id; for a restored index, worked out on first need (a write, the
   * ids listed), not at open: at 55,000 items building it is a third of a restore's time.
   */
  private slotMap: Map<string, number> | undefined = new Map();
  private get slotById(): Map<string, number> {
    if (!this.slotMap) {
      this.slotMap = new Map();
      this.docs.forEach((doc, slot) => {
        if (doc) this.slotMap?.set(doc.id, slot);
      });
    }
    return this.slotMap;
  }
  private vocabulary = new Vocabulary();
  /**
   * Every term met, numbered, so indexing a document tallies its terms in a flat array instead
   * of a map per document. Numbers outlive compaction; postings are looked up by number.
   */
  private termList: string[] = [];
  private termIds = new Map<string, number>();
  private postingById: (Posting | undefined)[] = [];
  /**
   * A restored index: its first `storedTerms` terms (sorted, so found by binary search rather
   * than a map built at open) have their postings here.
   */
  private stored: StoredPostings | undefined;
  private storedTerms = 0;
  /** Restored `compounds`, as sorted `joined part part` lines. */
  private storedCompounds: string[] = [];
  private analysed = new Map<string, Analysis>();
  /** Identifiers written together (`csrfexempt`) and their parts, to match items with only some. */
  private compounds = new Map<string, string[]>();
  /** Per term number, the document being indexed's packed stats (0 when not in it). */
  private packed = new Float64Array(0);
  private liveCount = 0;
  private scratch: Scratch = {
    total: new Float64Array(0),
    covered: new Uint8Array(0),
    termScore: new Float64Array(0),
    touched: new Int32Array(0),
    termTouched: new Int32Array(0),
    partTouched: new Int32Array(0),
    partSum: new Float64Array(0),
    titled: new Uint8Array(0),
  };
  private deadPostings = 0;

  constructor(docs: Iterable<SearchDoc> = []) {
    for (const doc of docs) this.add(doc);
  }

  get size(): number {
    return this.liveCount;
  }

  /** Ids of every document held. */
  ids(): string[] {
    return [...this.slotById.keys()];
  }

  /** Adds a document, replacing any with the same id. */
  add(doc: SearchDoc): void {
    if (this.slotById.has(doc.id)) this.remove(doc.id);
    const slot = this.docs.length;
    this.docs.push(doc);
    this.titles.push(phraseOf(doc.title));
    this.names.push(namesOf(doc));
    this.slotById.set(doc.id, slot);
    this.liveCount++;

    // Term numbers in order of first appearance, and their stats in `this.packed`.
    const seen: number[] = [];
    const note = (id: number, bit: number) => {
      if (id >= this.packed.length) {
        const grown = new Float64Array(Math.max(1024, this.termList.length * 2));
        grown.set(this.packed);
        this.packed = grown;
      }
      const packed = this.packed[id] as number;
      if (packed === 0) seen.push(id);
      this.packed[id] = (packed | bit) + COUNT_UNIT;
    };
    const values = [doc.title, doc.keywords.join('\n'), doc.code, doc.context, doc.text];
    values.forEach((value, field) => {
      for (const raw of words(value)) {
        const { term, parts, joined } = this.analyse(raw);
        if (term >= 0) note(term, 1 << field);
        if (joined >= 0) note(joined, 1 << field);
        for (const part of parts) note(part, 1 << (field + PART_SHIFT));
      }
    });

    for (const id of seen) {
      let posting = this.postingAt(id);
      if (!posting) {
        posting = { slots: [], codes: [] };
        this.postingById[id] = posting;
        this.vocabulary.add(this.termList[id] as string);
      }
      append(posting, slot, postingCode(this.packed[id] as number));
      if (posting.top) offerTop(posting.top, posting.codes, posting.codes.length - 1);
      this.packed[id] = 0;
    }
    this.termCounts[slot] = seen.length;
  }

  private posting(term: string): Posting | undefined {
    const id = this.knownTermId(term);
    return id === undefined ? undefined : this.postingAt(id);
  }

  private knownTermId(term: string): number | undefined {
    const id = this.termIds.get(term);
    if (id !== undefined || this.storedTerms === 0) return id;
    const at = lowerBound(this.termList, term, this.storedTerms);
    return this.termList[at] === term ? at : undefined;
  }

  private postingAt(id: number): Posting | undefined {
    const posting = this.postingById[id];
    if (posting || !this.stored || id >= this.storedTerms) return posting;
    const { postings, offsets, frequencies, codeTable, topOffsets, tops } = this.stored;
    const topStart = topOffsets[id] as number;
    const topEnd = topOffsets[id + 1] as number;
    const read: Posting = {
      ...readPosting(
        postings,
        offsets[id] as number,
        offsets[id + 1] as number,
        frequencies[id] as number,
        codeTable,
      ),
      top: topEnd > topStart ? Array.from(tops.subarray(topStart, topEnd)) : undefined,
    };
    this.postingById[id] = read;
    return read;
  }

  /** The parts of an identifier written together (`csrfexempt`), if one was indexed. */
  private compoundParts(term: string): string[] | undefined {
    const parts = this.compounds.get(term);
    if (parts || this.storedCompounds.length === 0) return parts;
    const line = this.storedCompounds[lowerBound(this.storedCompounds, `${term} `)];
    return line?.startsWith(`${term} `) ? line.split(' ').slice(1) : undefined;
  }

  /**
   * A word's term number and its identifier parts' (stop words and overlong terms left out);
   * words repeat a lot, so each is worked out once.
   */
  private analyse(raw: string): Analysis {
    let analysis = this.analysed.get(raw);
    if (!analysis) {
      const lower = raw.toLowerCase();
      const term = this.termId(lower);
      const parts: number[] = [];
      const partTerms = identifierParts(raw);
      for (const part of partTerms) {
        const id = this.termId(part);
        if (id >= 0) parts.push(id);
      }
      let joined = -1;
      if (partTerms.length > 1) {
        const together = partTerms.join('');
        this.compounds.set(together, partTerms);
        if (together !== lower) joined = this.termId(together);
      }
      analysis = { term, parts, joined };
      this.analysed.set(raw, analysis);
    }
    return analysis;
  }

  /** A term's number, or -1 for terms not indexed. */
  private termId(term: string): number {
    if (STOP_WORDS.has(term) || term.length > 64) return -1;
    let id = this.knownTermId(term);
    if (id === undefined) {
      id = this.termList.length;
      this.termList.push(term);
      this.termIds.set(term, id);
    }
    return id;
  }

  remove(id: string): void {
    const slot = this.slotById.get(id);
    if (slot === undefined) return;
    this.slotById.delete(id);
    this.docs[slot] = undefined;
    this.titles[slot] = '';
    this.names[slot] = NO_NAMES;
    this.deadPostings += this.termCounts[slot] ?? 0;
    this.termCounts[slot] = 0;
    this.liveCount--;
    // Removed slots are skipped while scoring; postings are compacted once they are mostly dead.
    if (this.deadPostings > 50_000 && this.deadPostings > this.liveCount * 20) this.compact();
  }

  search(query: string, { limit = DEFAULT_LIMIT }: SearchOptions = {}): SearchHit[] {
    const tokens = tokenize(query);
    const terms = [...new Set(tokens.map((t) => t.term))];
    if (terms.length === 0 || this.liveCount === 0) return [];

    const scratch = this.scratchFor(this.docs.length);
    const { total, covered, termScore, touched, termTouched, partSum } = scratch;
    let touchedCount = 0;
    const candidatesByTerm: Map<string, number>[] = [];
    /** Each term's own candidates, in `terms` order (`candidatesByTerm` holds parts' too). */
    const candidatesOf: Map<string, number>[] = [];

    // A two-letter query matches most items through its completions: each completion's best
    // entries hold the best results, as one term's score is its best fit times its weight.
    const short =
      terms.length === 1 && (terms[0] as string).length <= SHORT_QUERY && limit <= TOP_SIZE;

    /**
     * Scores one term's candidates into `termScore` (best per slot), listing new slots in `into`;
     * with `best`, only each candidate's best entries.
     */
    const score = (
      candidates: Map<string, number>,
      into: Int32Array,
      count: number,
      best = false,
    ): number => {
      for (const [candidate, fit] of candidates) {
        const posting = this.posting(candidate);
        if (!posting) continue;
        const { slots, codes } = posting;
        if (best && slots.length > TOP_SIZE) {
          for (const i of this.topOf(posting, limit)) {
            const slot = slots[i] as number;
            const value = fit * weightAt(codes, i);
            if (termScore[slot] === 0) into[count++] = slot;
            if (value > (termScore[slot] as number)) termScore[slot] = value;
          }
          continue;
        }
        for (let i = 0; i < slots.length; i++) {
          const slot = slots[i] as number;
          const value = fit * (WEIGHTS[codes[i] as number] as number);
          if (termScore[slot] === 0) into[count++] = slot;
          if (value > (termScore[slot] as number)) termScore[slot] = value;
        }
      }
      return count;
    };

    for (const term of terms) {
      let termTouchedCount = 0;
      // A typed identifier also matches items with its parts written apart or only some of them.
      const raw = tokens.find((t) => t.term === term)?.raw ?? term;
      const split = identifierParts(raw);
      const parts = split.length > 1 ? split : (this.compoundParts(term) ?? []);
      if (parts.length > 1) {
        for (const part of parts) {
          const partCandidates = this.exactCandidates(part);
          candidatesByTerm.push(partCandidates);
          const partTouched = score(partCandidates, scratch.partTouched, 0);
          for (let i = 0; i < partTouched; i++) {
            const slot = scratch.partTouched[i] as number;
            if (partSum[slot] === 0) termTouched[termTouchedCount++] = slot;
            partSum[slot] = (partSum[slot] as number) + (termScore[slot] as number);
            termScore[slot] = 0;
          }
        }
        for (let i = 0; i < termTouchedCount; i++) {
          const slot = termTouched[i] as number;
          termScore[slot] = ((partSum[slot] as number) * QUERY_PART_FIT) / parts.length;
          partSum[slot] = 0;
        }
      }

      const candidates = this.candidates(term);
      candidatesOf.push(candidates);
      candidatesByTerm.push(candidates);
      termTouchedCount = score(candidates, termTouched, termTouchedCount, short);
      for (let i = 0; i < termTouchedCount; i++) {
        const slot = termTouched[i] as number;
        if (covered[slot] === 0) touched[touchedCount++] = slot;
        total[slot] = (total[slot] as number) + (termScore[slot] as number);
        covered[slot] = (covered[slot] as number) + 1;
        termScore[slot] = 0;
      }
    }

    // Short prefixes touch most items: score them in place and keep only the best `limit`, rather
    // than building and sorting an entry per item.
    const phrase = phraseOf(query);
    // Titles are read only where they could earn a bonus: a prefix touches most of the index. One
    // word is a whole title or keyword only where its own entry says it is in one; a title holding
    // a phrase holds each of its words but the last (still being typed), or the word a first one
    // ends was taken to mean. Stop words are in no entry: a phrase of only those reads every title.
    const { titled } = scratch;
    const marked: Posting[] = [];
    const anchor = terms.findIndex((t, i) => i < terms.length - 1 && !STOP_WORDS.has(t));
    if (terms.length === 1) {
      const word = this.posting(terms[0] as string);
      if (word) marked.push(word);
    } else if (anchor >= 0) {
      for (const candidate of (candidatesOf[anchor] as Map<string, number>).keys()) {
        const posting = this.posting(candidate);
        if (posting) marked.push(posting);
      }
    }
    const readAll = terms.length > 1 && anchor < 0;
    const bits = terms.length === 1 ? WHOLE_TITLE_OR_KEYWORD : ANY_TITLE_OR_KEYWORD;
    for (const { slots, codes } of marked) {
      for (let i = 0; i < codes.length; i++) {
        if ((codes[i] as number) & bits) titled[slots[i] as number] = 1;
      }
    }
    const top = new TopSlots(limit);
    for (let i = 0; i < touchedCount; i++) {
      const slot = touched[i] as number;
      const coverage = (covered[slot] as number) / terms.length;
      let score = (total[slot] as number) * coverage * coverage;
      total[slot] = 0;
      covered[slot] = 0;
      if (!this.docs[slot]) continue;
      // The title check costs more than the rest: skip it when even the bonus would not get in.
      if (
        (readAll || titled[slot] === 1) &&
        score + TITLE_PHRASE_BONUS + EXACT_TITLE_BONUS > top.weakest
      ) {
        const doc = this.docs[slot] as SearchDoc;
        const title = (this.titles[slot] ??= phraseOf(doc.title));
        const names = (this.names[slot] ??= namesOf(doc));
        if (title === phrase || names.includes(phrase)) score += EXACT_TITLE_BONUS;
        else if (terms.length > 1 && title.includes(phrase)) score += TITLE_PHRASE_BONUS;
      }
      top.offer(slot, score);
    }
    for (const { slots } of marked) {
      for (let i = 0; i < slots.length; i++) titled[slots[i] as number] = 0;
    }

    return top.ranked().map(({ slot, score }) => {
      const matched = candidatesByTerm.flatMap((c) =>
        [...c.keys()].filter((t) => {
          const posting = this.posting(t);
          return posting !== undefined && holds(posting.slots, slot);
        }),
      );
      return { doc: this.docs[slot] as SearchDoc, score, matched };
    });
  }

  /**
   * A term's best live entries, recomputed when removals have left fewer than `limit` of them
   * alive while the term has more.
   */
  private topOf(posting: Posting, limit: number): number[] {
    const alive = (i: number) => this.docs[posting.slots[i] as number] !== undefined;
    if (posting.top) {
      let live = 0;
      for (const i of posting.top) if (alive(i)) live++;
      if (live >= Math.min(limit, posting.top.length)) return posting.top;
    }
    posting.top = bestEntries(posting.codes, alive);
    return posting.top;
  }

  /** The index in a form that can be stored and restored with `fromSnapshot`. */
  toSnapshot(): EngineSnapshot {
    const newSlot = new Int32Array(this.docs.length).fill(-1);
    const docs: StoredDoc[] = [];
    this.docs.forEach((doc, slot) => {
      if (!doc) return;
      newSlot[slot] = docs.length;
      docs.push([doc.id, doc.kind, doc.title, doc.context, 0]);
      if (doc.keywords.length) docs.at(-1)?.push([...doc.keywords]);
    });
    const live = this.termList
      .map((term, id) => ({ term, posting: this.postingAt(id) }))
      .filter((t): t is { term: string; posting: Posting } => t.posting !== undefined)
      .sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));

    let total = 0;
    for (const { posting } of live) total += posting.slots.length;
    const slots = new Int32Array(total);
    const codes = new Uint16Array(total);
    const terms: string[] = [];
    const ends: number[] = [];
    const topOffsets: number[] = [0];
    const tops: number[] = [];
    let at = 0;
    let longest = 0;
    for (const { term, posting } of live) {
      const start = at;
      for (let i = 0; i < posting.slots.length; i++) {
        const slot = newSlot[posting.slots[i] as number] as number;
        if (slot < 0) continue;
        slots[at] = slot;
        codes[at] = posting.codes[i] as number;
        (docs[slot] as StoredDoc)[4]++;
        at++;
      }
      if (at === start) continue;
      longest = Math.max(longest, at - start);
      terms.push(term);
      ends.push(at);
      if (at - start > TOP_SIZE) tops.push(...bestEntries(codes.subarray(start, at), () => true));
      topOffsets.push(tops.length);
    }

    const uses = new Uint32Array(0x10000);
    for (let i = 0; i < at; i++)
      uses[codes[i] as number] = (uses[codes[i] as number] as number) + 1;
    const codeTable = Array.from(uses.keys())
      .filter((code) => uses[code] !== 0)
      .sort((a, b) => (uses[b] as number) - (uses[a] as number) || a - b);
    const rank = new Uint16Array(0x10000);
    codeTable.forEach((code, i) => (rank[code] = i));
    const bytes = new VarintWriter();
    const offsets: number[] = [0];
    const frequencies: number[] = [];
    let start = 0;
    for (const end of ends) {
      let previous = -1;
      for (let i = start; i < end; i++) {
        bytes.write((slots[i] as number) - previous);
        previous = slots[i] as number;
        bytes.write(rank[codes[i] as number] as number);
      }
      offsets.push(bytes.length);
      frequencies.push(end - start);
      start = end;
    }
    return {
      version: ENGINE_VERSION,
      docs: JSON.stringify(docs),
      terms: terms.join('\n'),
      compounds: [
        ...new Map([
          ...this.storedCompounds.map((line): [string, string] => [
            line.split(' ', 1)[0] as string,
            line,
          ]),
          ...[...this.compounds].map(([joined, parts]): [string, string] => [
            joined,
            [joined, ...parts].join(' '),
          ]),
        ]).values(),
      ]
        .sort()
        .join('\n'),
      grams: gramTables(terms),
      postings: bytes.written(),
      offsets: Uint32Array.from(offsets),
      frequencies: Uint32Array.from(frequencies),
      codeTable: Uint16Array.from(codeTable),
      topOffsets: Uint32Array.from(topOffsets),
      tops: longest > 0xffff ? Uint32Array.from(tops) : Uint16Array.from(tops),
    };
  }

  /**
   * An index from `toSnapshot`'s output. Documents come back with their display fields only
   * (no text or code); callers fetch a hit's full record to show an excerpt, or pass `full`, the
   * indexed documents in the order they were added. Throws on a snapshot whose parts do not fit
   * together, or on `full` documents that are not the snapshot's.
   */
  static fromSnapshot(snapshot: EngineSnapshot, full?: readonly SearchDoc[]): SearchEngine {
    if (snapshot.version !== ENGINE_VERSION) throw new Error('Index version differs.');
    const docs = JSON.parse(snapshot.docs) as StoredDoc[];
    const terms = snapshot.terms === '' ? [] : snapshot.terms.split('\n');
    const { postings, offsets, frequencies, codeTable, topOffsets, tops } = snapshot;
    if (
      offsets.length !== terms.length + 1 ||
      frequencies.length !== terms.length ||
      topOffsets.length !== terms.length + 1 ||
      offsets[terms.length] !== postings.length ||
      topOffsets[terms.length] !== tops.length
    ) {
      throw new Error('Index parts do not fit together.');
    }
    const engine = new SearchEngine();
    if (full && (full.length !== docs.length || full.some((doc, i) => doc.id !== docs[i]?.[0]))) {
      throw new Error('The documents are not the index’s.');
    }
    engine.docs = full
      ? [...full]
      : docs.map(([id, kind, title, context, , keywords]) => ({
          id,
          kind,
          title,
          context,
          keywords: keywords ?? [],
          text: '',
          code: '',
        }));
    engine.titles = new Array<string | undefined>(docs.length);
    engine.names = new Array<string[] | undefined>(docs.length);
    engine.termCounts = docs.map(([, , , , count]) => count);
    engine.slotMap = undefined;
    engine.liveCount = docs.length;
    engine.termList = terms;
    engine.stored = { postings, offsets, frequencies, codeTable, topOffsets, tops };
    engine.storedTerms = terms.length;
    engine.storedCompounds = snapshot.compounds === '' ? [] : snapshot.compounds.split('\n');
    engine.vocabulary = Vocabulary.restore([...terms], snapshot.grams);
    return engine;
  }

  /**
   * Per-slot working space for `search`, kept between searches so a keystroke allocates next to
   * nothing: fresh arrays the size of the index on every key would keep the garbage collector
   * busy. `search` leaves the score arrays zeroed again for the next one.
   */
  private scratchFor(slots: number): Scratch {
    if (this.scratch.total.length < slots) {
      const size = Math.ceil(slots * 1.5) + 1024;
      this.scratch = {
        total: new Float64Array(size),
        covered: new Uint8Array(size),
        termScore: new Float64Array(size),
        touched: new Int32Array(size),
        termTouched: new Int32Array(size),
        partTouched: new Int32Array(size),
        partSum: new Float64Array(size),
        titled: new Uint8Array(size),
      };
    }
    return this.scratch;
  }

  /** The term itself and its other word forms: what a complete word typed could mean. */
  private exactCandidates(term: string): Map<string, number> {
    const found = new Map<string, number>();
    if (this.posting(term)) found.set(term, FIT.exact);
    if (term.length > 1) for (const form of this.vocabulary.forms(term)) found.set(form, FIT.form);
    return found;
  }

  /** Index terms that the typed term could mean, with how well each fits. */
  private candidates(term: string): Map<string, number> {
    const found = this.exactCandidates(term);
    // One letter would complete to most of the index: it only ever means itself (`F`, `Q`).
    if (term.length === 1) return found;
    const known = this.posting(term) !== undefined;

    // Each completion's frequency is looked up once, not on every comparison of the sort.
    const completions = this.vocabulary
      .completions(term, MAX_PREFIX_TERMS * 10)
      .map((t) => ({ t, frequency: this.documentFrequency(t) }))
      .sort((a, b) => b.frequency - a.frequency)
      .slice(0, MAX_PREFIX_TERMS)
      .map(({ t }) => t);
    for (const t of completions) {
      // A longer completion is a weaker guess at what is being typed.
      const extra = Math.min(1, (t.length - term.length) / 12);
      found.set(t, Math.max(found.get(t) ?? 0, FIT.prefix - 0.15 * extra));
    }
    for (const t of this.vocabulary.containing(term, MAX_FUZZY_TERMS)) {
      if (!found.has(t)) found.set(t, known ? INFIX_OF_KNOWN_WORD : FIT.infix);
    }

    // A word that exists as typed is taken as meant; typo guesses are for words that do not.
    if (term.length >= MIN_FUZZY_LENGTH && !known) {
      // A typo fix is a guess: it must not outrank words that match what was typed.
      const guessWeight = found.size > 0 ? TYPO_FACTOR_WHEN_MATCHED : 1;
      for (const typo of this.vocabulary.typos(term, MAX_FUZZY_TERMS)) {
        if (!found.has(typo.term)) found.set(typo.term, FIT.fuzzy * (1 - typo.score) * guessWeight);
      }
    }
    return found;
  }

  /** Entries of a term; a stored term's count is read without reading its posting. */
  private documentFrequency(term: string): number {
    const id = this.knownTermId(term);
    if (id === undefined) return 0;
    if (!this.postingById[id] && this.stored && id < this.storedTerms) {
      return this.stored.frequencies[id] as number;
    }
    return this.posting(term)?.slots.length ?? 0;
  }

  /**
   * Drops removed documents' postings by a round trip through a snapshot, which works alike for
   * restored documents (whose text is not at hand) and keeps the documents themselves.
   */
  private compact(): void {
    const live = this.docs.filter((doc): doc is SearchDoc => doc !== undefined);
    const fresh = SearchEngine.fromSnapshot(this.toSnapshot());
    fresh.docs = live;
    Object.assign(this, fresh);
  }
}

/**
 * Per term of a snapshot, in the snapshot's (sorted) order, the ids of its best `limit` documents,
 * best first: short lists of which a lookup reads a few, rather than the whole index.
 */
export function* bestIdsByTerm(
  snapshot: EngineSnapshot,
  limit: number,
): Generator<[term: string, ids: string[]]> {
  const docs = JSON.parse(snapshot.docs) as StoredDoc[];
  const terms = snapshot.terms === '' ? [] : snapshot.terms.split('\n');
  const { postings, offsets, frequencies, codeTable, topOffsets, tops } = snapshot;
  for (let t = 0; t < terms.length; t++) {
    const { slots, codes } = readPosting(
      postings,
      offsets[t] as number,
      offsets[t + 1] as number,
      frequencies[t] as number,
      codeTable,
    );
    const stored = tops.subarray(topOffsets[t] as number, topOffsets[t + 1] as number);
    const best = stored.length ? Array.from(stored) : bestEntries(codes, () => true);
    yield [
      terms[t] as string,
      best.slice(0, limit).map((i) => (docs[slots[i] as number] as StoredDoc)[0]),
    ];
  }
}
