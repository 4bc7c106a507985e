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
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Range[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** The line of the document that shows the most matched terms, cut to fit one row around the first match. */
export function bestLine(doc: SearchDoc, terms: readonly string[]): Excerpt | undefined {
  let best: { text: string; ranges: Range[]; code: boolean; distinct: number } | undefined;
  const consider = (source: string, code: boolean) => {
    for (const raw of source.split('\n')) {
      const ranges = markTerms(raw, terms);
      if (ranges.length === 0) continue;
      const distinct = new Set(ranges.map(([s, e]) => raw.slice(s, e).toLowerCase())).size;
      if (!best || distinct > best.distinct) best = { text: raw, ranges, code, distinct };
    }
  };
  consider(doc.code, true);
  consider(doc.text, false);
  if (!best) return undefined;
  return clip(best.text, best.ranges, best.code);
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
