import { STOP_WORDS } from './engine';
import { identifierParts, stem, tokenize } from './tokenize';
import type { SearchDoc } from './types';

export type Range = [start: number, end: number];

export interface Excerpt {
  text: string;
  ranges: Range[];
  /** Whether the line comes from code, so it can be shown in a monospace face. */
  code: boolean;
}

const MAX_EXCERPT = 72;
const LEAD = 20;

/**
 * How well a word of a line fits a query term, by kind of fit: the word itself or another way of
 * writing it (`CsrfExempt` for `csrf_exempt`), another form of it, a word being typed, a part
 * of an identifier (`related` in `select_related`), some parts of a typed identifier, a word
 * merely containing it (`forms` in `performs`).
 */
const FIT = {
  same: 1,
  form: 0.9,
  prefix: 0.8,
  part: 0.7,
  partPrefix: 0.6,
  someParts: 0.5,
} as const;
const INFIX_FIT = 0.3;
/** Below this, a match is only marked when nothing better is in the line. */
const MARK_FIT = FIT.partPrefix;

/** Where the matched terms occur in `text`, case-insensitively, merged and in order. */
export function markTerms(text: string, terms: readonly string[]): Range[] {
  const lower = text.toLowerCase();
  const ranges: Range[] = [];
  for (const term of terms) {
    if (term.length < 2) continue;
    for (let at = lower.indexOf(term); at !== -1; at = lower.indexOf(term, at + term.length)) {
      ranges.push([at, at + term.length]);
    }
  }
  return merge(ranges);
}

function merge(ranges: Range[]): Range[] {
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Range[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** A query term as typed, with the forms a line's words are compared with. */
interface LineTerm {
  term: string;
  stem: string;
  /** Parts written together: `csrf_exempt`, `CsrfExempt` and `csrfexempt` are one name. */
  joined: string;
  /** The identifier's parts as terms of their own, when it has several. */
  parts: LineTerm[];
}

const lineTerm = (raw: string): LineTerm => {
  const term = raw.toLowerCase();
  const parts = identifierParts(raw);
  return {
    term,
    stem: stem(term),
    joined: parts.length ? parts.join('') : term,
    parts: parts.length > 1 ? parts.map(lineTerm) : [],
  };
};

/**
 * The words of a query that a line can answer, as typed: stop words only count in a query made
 * of nothing else.
 */
export function lineTerms(query: string): string[] {
  const all = [...new Set(tokenize(query).map((t) => t.raw))];
  const content = all.filter((raw) => !STOP_WORDS.has(raw.toLowerCase()));
  return content.length ? content : all;
}

/** What a written word is, worked out once per distinct word: its forms and its parts. */
interface WordForms {
  term: string;
  stem: string;
  joined: string;
  /** Each identifier part, its stem and where it starts in the word. */
  parts: { part: string; stem: string; at: number }[];
}

/** A word of a line: its forms and where it stands. */
interface LineWord {
  forms: WordForms;
  start: number;
  end: number;
}

/** A line, lower-cased once for the quick test of whether a term can be in it at all. */
interface Line {
  text: string;
  code: boolean;
  lower: string;
  /** Lower-cased without underscores: `csrfexempt` is in `csrf_exempt`. */
  squeezed: string;
  /** Its words, read on the first query the line may answer. */
  words?: LineWord[];
}

const toLine = (text: string, code: boolean): Line => {
  const lower = text.toLowerCase();
  return { text, code, lower, squeezed: lower.replaceAll('_', '') };
};

/**
 * Text read per item for its row's line: a keystroke's cost stays bounded on a very long note.
 * Opening the item still finds its answering line in all of it (`useAnswerLine`).
 */
export const MAX_SCANNED_CHARS = 20_000;
/** Distinct words whose forms are kept; past it the memory starts afresh. */
const MAX_WORDS_KEPT = 50_000;

interface Fit {
  fit: number;
  range: Range;
}

/** How well one word fits a term, if at all: a word fits a term one way, the closest. */
function wordFit({ forms, start, end }: LineWord, term: LineTerm): Fit | undefined {
  if (forms.term === term.term || forms.joined === term.joined) {
    return { fit: FIT.same, range: [start, end] };
  }
  // One letter means only itself (`F`, `Q`), never the start or a piece of a longer word.
  if (term.term.length < 2) return undefined;
  if (forms.stem === term.stem) return { fit: FIT.form, range: [start, end] };
  let partFit: Fit | undefined;
  for (const { part, stem: partStem, at } of forms.parts) {
    const from = start + at;
    if (part === term.term || partStem === term.stem) {
      partFit = { fit: FIT.part, range: [from, from + part.length] };
    } else if (!partFit && part.startsWith(term.term)) {
      partFit = { fit: FIT.partPrefix, range: [from, from + term.term.length] };
    }
  }
  if (partFit?.fit === FIT.part) return partFit;
  if (forms.term.startsWith(term.term)) return { fit: FIT.prefix, range: [start, end] };
  if (partFit) return partFit;
  if (term.term.length > 2) {
    const at = forms.term.indexOf(term.term);
    if (at !== -1) return { fit: INFIX_FIT, range: [start + at, start + at + term.term.length] };
  }
  return undefined;
}

/** Every place in a line a term fits, with how well: one pass over the line's words. */
function fits(words: readonly LineWord[], line: string, term: LineTerm): Fit[] {
  const found: Fit[] = [];
  const pieces: Fit[] = [];
  for (const word of words) {
    const fit = wordFit(word, term);
    if (fit) found.push(fit);
    for (const part of term.parts) {
      const piece = wordFit(word, part);
      if (piece && piece.fit >= FIT.part) pieces.push(piece);
    }
  }
  // A typed identifier found only in pieces (`csrf` and `exempt` apart) counts for the share found.
  if (pieces.length && !found.some((f) => f.fit >= FIT.someParts)) {
    const distinct = new Set(pieces.map((f) => line.slice(...f.range).toLowerCase())).size;
    const share = Math.min(1, distinct / term.parts.length);
    for (const piece of pieces) found.push({ fit: FIT.someParts * share, range: piece.range });
  }
  return found;
}

export interface LineMatch {
  /** The sum over the query's terms of each one's best fit in the line. */
  score: number;
  /** The words that answer, in order. */
  ranges: Range[];
}

function matchWords(words: readonly LineWord[], line: string, terms: readonly LineTerm[]) {
  let score = 0;
  const ranges: Range[] = [];
  for (const term of terms) {
    const found = fits(words, line, term);
    let best = 0;
    for (const f of found) best = Math.max(best, f.fit);
    score += best;
    for (const f of found) if (f.fit >= Math.min(best, MARK_FIT)) ranges.push(f.range);
  }
  return { score, ranges: merge(ranges) };
}

/**
 * Finds each item's answering line. Keeps what it read of each item (its lines, lower-cased and
 * split into words) for as long as the item is in use, and the forms of each word met, so the
 * next keystroke over the same results reads nothing again.
 */
export class LineFinder {
  private lines = new WeakMap<SearchDoc, Line[]>();
  private forms = new Map<string, WordForms>();

  /** How well one line answers the query's terms (`lineTerms`), and where the answering words are. */
  scoreLine(line: string, terms: readonly string[]): LineMatch {
    return matchWords(this.words(toLine(line, false)), line, terms.map(lineTerm));
  }

  /**
   * The line that best answers the query's terms: the one whose words fit the most terms the most
   * closely, the first of equals; -1 when no line has any of them.
   */
  bestLineIndex(lines: readonly string[], terms: readonly string[]): number {
    return this.best(
      lines.map((text) => toLine(text, false)),
      terms,
    ).index;
  }

  /**
   * The line of the document that best answers the query, cut to fit one row around its first
   * answering word. `matched` (the index terms the search matched) stands in for the query when
   * no line has a word of it as typed, as after a typo.
   */
  bestLine(doc: SearchDoc, query: string, matched: readonly string[] = []): Excerpt | undefined {
    const lines = this.docLines(doc);
    for (const terms of [lineTerms(query), matched]) {
      const { index, match } = this.best(lines, terms);
      const line = lines[index];
      if (line && match) return clip(line.text, match.ranges, line.code);
    }
    return undefined;
  }

  private best(lines: readonly Line[], raw: readonly string[]) {
    const terms = raw.map(lineTerm);
    // Every fit needs the term, its stem or a part of it in the line: other lines are skipped
    // unread, which keeps a keystroke's excerpts cheap on long items.
    const needles = terms.flatMap((t) =>
      t.term.length > 1 ? [t.term, t.stem, ...t.parts.map((p) => p.term)] : [],
    );
    // A one-letter term only fits as a whole word: most lines have the letter somewhere.
    const letters = terms.filter((t) => t.term.length === 1).map((t) => t.term);
    const letterWord = letters.length
      ? new RegExp(`(?<![\\p{L}\\p{N}_])[${letters.join('')}](?![\\p{L}\\p{N}_])`, 'iu')
      : undefined;
    let index = -1;
    let match: LineMatch | undefined;
    lines.forEach((line, at) => {
      const held = needles.some((n) => line.lower.includes(n) || line.squeezed.includes(n));
      if (!held && !letterWord?.test(line.text)) return;
      const found = matchWords(this.words(line), line.text, terms);
      if (found.score > (match?.score ?? 0)) {
        index = at;
        match = found;
      }
    });
    return { index, match };
  }

  private docLines(doc: SearchDoc): Line[] {
    let lines = this.lines.get(doc);
    if (!lines) {
      lines = [];
      let budget = MAX_SCANNED_CHARS;
      for (const [text, code] of [
        [doc.code, true],
        [doc.text, false],
      ] as const) {
        for (const line of text.split('\n')) {
          if (budget <= 0) break;
          lines.push(toLine(line.slice(0, budget), code));
          budget -= line.length + 1;
        }
      }
      this.lines.set(doc, lines);
    }
    return lines;
  }

  private words(line: Line): LineWord[] {
    line.words ??= tokenize(line.text).map(({ raw, start, end }) => ({
      forms: this.formsOf(raw),
      start,
      end,
    }));
    return line.words;
  }

  private formsOf(raw: string): WordForms {
    let forms = this.forms.get(raw);
    if (!forms) {
      const term = raw.toLowerCase();
      const split = identifierParts(raw);
      let from = 0;
      const parts = split.map((part) => {
        const at = term.indexOf(part, from);
        from = at + part.length;
        return { part, stem: stem(part), at };
      });
      forms = { term, stem: stem(term), joined: split.length ? split.join('') : term, parts };
      if (this.forms.size >= MAX_WORDS_KEPT) this.forms.clear();
      this.forms.set(raw, forms);
    }
    return forms;
  }
}

/** Shared by every list on a page: results come and go with the keystrokes, their items stay. */
const finder = new LineFinder();

export const scoreLine = (line: string, terms: readonly string[]): LineMatch =>
  finder.scoreLine(line, terms);

export const bestLineIndex = (lines: readonly string[], terms: readonly string[]): number =>
  finder.bestLineIndex(lines, terms);

export const bestLine = (
  doc: SearchDoc,
  query: string,
  matched: readonly string[] = [],
): Excerpt | undefined => finder.bestLine(doc, query, matched);

function clip(line: string, ranges: Range[], code: boolean): Excerpt {
  const indent = line.length - line.trimStart().length;
  const firstMatch = ranges[0]?.[0] ?? 0;
  const start = Math.max(indent, Math.min(firstMatch - LEAD, line.length - MAX_EXCERPT));
  const end = Math.min(line.length, start + MAX_EXCERPT);
  const prefix = start > indent ? '…' : '';
  const suffix = end < line.length ? '…' : '';
  const shift = prefix.length - start;
  return {
    text: prefix + line.slice(start, end).trimEnd() + suffix,
    ranges: ranges
      .filter(([s, e]) => s >= start && e <= end)
      .map(([s, e]): Range => [s + shift, e + shift]),
    code,
  };
}
