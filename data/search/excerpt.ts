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
  parts: string[];
  /** Parts written together: `csrf_exempt`, `CsrfExempt` and `csrfexempt` are one name. */
  joined: string;
}

const lineTerm = (raw: string): LineTerm => {
  const term = raw.toLowerCase();
  const parts = identifierParts(raw);
  return { term, stem: stem(term), parts, joined: parts.length ? parts.join('') : term };
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

interface Fit {
  fit: number;
  range: Range;
}

/** Every place in `line` a term fits, with how well. */
function fits(line: string, { term, stem: termStem, parts, joined }: LineTerm): Fit[] {
  const found: Fit[] = [];
  for (const word of tokenize(line)) {
    const wordParts = identifierParts(word.raw);
    const range: Range = [word.start, word.end];
    if (word.term === term || (wordParts.length ? wordParts.join('') : word.term) === joined) {
      found.push({ fit: FIT.same, range });
      continue;
    }
    // One letter means only itself (`F`, `Q`), never the start or a piece of a longer word.
    if (term.length < 2) continue;
    if (stem(word.term) === termStem) {
      found.push({ fit: FIT.form, range });
      continue;
    }
    let partFit: Fit | undefined;
    let from = 0;
    for (const part of wordParts) {
      const at = word.term.indexOf(part, from);
      from = at + part.length;
      const start = word.start + at;
      if (part === term || stem(part) === termStem) {
        partFit = { fit: FIT.part, range: [start, word.start + from] };
      } else if (!partFit && part.startsWith(term)) {
        partFit = { fit: FIT.partPrefix, range: [start, start + term.length] };
      }
    }
    if (partFit?.fit === FIT.part) found.push(partFit);
    else if (word.term.startsWith(term)) found.push({ fit: FIT.prefix, range });
    else if (partFit) found.push(partFit);
    else if (term.length > 2) {
      const at = word.term.indexOf(term);
      if (at !== -1) {
        found.push({ fit: INFIX_FIT, range: [word.start + at, word.start + at + term.length] });
      }
    }
  }
  // A typed identifier found only in pieces (`csrf` and `exempt` apart) counts for the share found.
  if (parts.length > 1 && !found.some((f) => f.fit >= FIT.someParts)) {
    const pieces = parts.flatMap((part) =>
      fits(line, lineTerm(part)).filter((f) => f.fit >= FIT.part),
    );
    const distinct = new Set(pieces.map((f) => line.slice(...f.range).toLowerCase())).size;
    const share = Math.min(1, distinct / parts.length);
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

/** How well one line answers the query's terms (`lineTerms`), and where the answering words are. */
export function scoreLine(line: string, terms: readonly string[]): LineMatch {
  let score = 0;
  const ranges: Range[] = [];
  for (const raw of terms) {
    const found = fits(line, lineTerm(raw));
    const best = Math.max(0, ...found.map((f) => f.fit));
    score += best;
    for (const f of found) if (f.fit >= Math.min(best, MARK_FIT)) ranges.push(f.range);
  }
  return { score, ranges: merge(ranges) };
}

/**
 * The line that best answers the query's terms: the one whose words fit the most terms the most
 * closely, the first of equals; -1 when no line has any of them.
 */
export function bestLineIndex(lines: readonly string[], terms: readonly string[]): number {
  // Every fit needs the term, its stem or a part of it in the line: other lines are skipped
  // unread, which keeps a keystroke's excerpts cheap on long items.
  const needles = terms.flatMap((raw) => {
    const { term, stem: termStem, parts } = lineTerm(raw);
    return term.length > 1 ? [term, termStem, ...parts] : [];
  });
  // A one-letter term only fits as a whole word: most lines have the letter somewhere.
  const letters = terms.filter((raw) => raw.length === 1).map((raw) => raw.toLowerCase());
  const letterWord = letters.length
    ? new RegExp(`(?<![\\p{L}\\p{N}_])[${letters.join('')}](?![\\p{L}\\p{N}_])`, 'iu')
    : undefined;
  let best = -1;
  let bestScore = 0;
  lines.forEach((line, index) => {
    const lower = line.toLowerCase();
    const joined = lower.replaceAll('_', '');
    const held = needles.some((n) => lower.includes(n) || joined.includes(n));
    if (!held && !letterWord?.test(line)) return;
    const { score } = scoreLine(line, terms);
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  });
  return best;
}

/** A line of a document with where it comes from. */
interface DocLine {
  text: string;
  code: boolean;
}

const docLines = (doc: SearchDoc): DocLine[] => [
  ...doc.code.split('\n').map((text) => ({ text, code: true })),
  ...doc.text.split('\n').map((text) => ({ text, code: false })),
];

/**
 * The line of the document that best answers the query, cut to fit one row around its first
 * answering word. `matched` (the index terms the search matched) stands in for the query when no
 * line has a word of it as typed, as after a typo.
 */
export function bestLine(
  doc: SearchDoc,
  query: string,
  matched: readonly string[] = [],
): Excerpt | undefined {
  const lines = docLines(doc);
  const texts = lines.map((l) => l.text);
  for (const terms of [lineTerms(query), matched]) {
    const index = bestLineIndex(texts, terms);
    const line = lines[index];
    if (line) return clip(line.text, scoreLine(line.text, terms).ranges, line.code);
  }
  return undefined;
}

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
