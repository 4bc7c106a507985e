/**
 * Stale-snippet warnings: where the docs page marks a feature as changed or deprecated
 * (`.. versionchanged:: 5.1`, `.. deprecated:: 5.1`) in a version newer than the one a snippet or
 * note was saved from, in the part of the page the item is about.
 */

/** A `versionchanged` or `deprecated` box on the page. */
export interface VersionMark {
  kind: 'changed' | 'deprecated';
  /** `5.1`. */
  version: string;
  /** Its place among the page's marks in document order, so the page can scroll to it. */
  index: number;
}

/** A section of the page: its own text (its subsections are the parts after it) and marks. */
export interface PagePart {
  /** The fragment that links to it (`values`), empty when it has none. */
  anchor: string;
  title: string;
  /** 0 for the page's own section (the h1's), 1 for its sections, and so on. */
  depth: number;
  /** Whitespace collapsed. */
  text: string;
  marks: VersionMark[];
}

export interface StaleWarning {
  /** "Changed in 5.1", "Deprecated in 5.0", "Changed in 5.1 and 5.2". */
  label: string;
  /** The first mark to look at. */
  mark: number;
  /** The part the item is about, or undefined when that is the whole page. */
  part?: { anchor: string; title: string };
}

const collapse = (text: string): string => text.replace(/¶/g, '').replace(/\s+/g, ' ').trim();

/** Numeric comparison of dotted versions: 4.2 < 5.0 < 5.1 < 5.10. */
export function compareVersions(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

const NUMBERED = /^\d+(?:\.\d+)*$/;

/** Index just past part `i`'s last subsection. */
function subtreeEnd(parts: readonly PagePart[], i: number): number {
  const depth = parts[i]?.depth ?? 0;
  let end = i + 1;
  while (end < parts.length && (parts[end]?.depth ?? 0) > depth) end++;
  return end;
}

/** The deepest part whose text (with its subsections') covers `[from, to)` of the joined page. */
function deepestCovering(
  parts: readonly PagePart[],
  starts: readonly number[],
  from: number,
  to: number,
): number | undefined {
  let found: number | undefined;
  for (let i = 0; i < parts.length; i++) {
    const end = subtreeEnd(parts, i);
    const stop = end < parts.length ? (starts[end] ?? Infinity) : Infinity;
    if ((starts[i] ?? 0) <= from && to <= stop) found = i;
  }
  return found;
}

const WORD = /[a-z_][a-z0-9_]{2,}/g;
const words = (text: string): Set<string> => new Set(text.toLowerCase().match(WORD) ?? []);

/** What share of the words' weight a part must hold to be the one an item is about. */
const OWNERSHIP = 0.8;

/**
 * The part of the page an item is about: the deepest section whose text contains the item's text;
 * else (the text changed since, or a note in the reader's words) the deepest section holding most
 * of the weight of the item's words that the page has, rarer words weighing more. Undefined when
 * the item's words are not on the page at all.
 */
export function partOf(itemText: string, parts: readonly PagePart[]): number | undefined {
  if (parts.length === 0) return undefined;
  const needle = collapse(itemText);
  const starts: number[] = [];
  let joined = '';
  for (const part of parts) {
    starts.push(joined.length);
    joined += `${part.text} `;
  }
  const at = needle ? joined.indexOf(needle) : -1;
  if (at >= 0) return deepestCovering(parts, starts, at, at + needle.length);

  const own = parts.map((part) => words(part.text));
  const weight = new Map<string, number>();
  for (const word of words(needle)) {
    const df = own.filter((set) => set.has(word)).length;
    if (df > 0) weight.set(word, Math.log(1 + parts.length / df));
  }
  const total = [...weight.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return undefined;
  let found: number | undefined;
  for (let i = 0; i < parts.length; i++) {
    const inside = own.slice(i, subtreeEnd(parts, i));
    let held = 0;
    for (const [word, w] of weight) if (inside.some((set) => set.has(word))) held += w;
    const depth = parts[i]?.depth ?? 0;
    if (held >= OWNERSHIP * total && (found === undefined || depth > (parts[found]?.depth ?? 0)))
      found = i;
  }
  return found;
}

const KIND_LABEL = { changed: 'Changed', deprecated: 'Deprecated' } as const;

const listed = (versions: readonly string[]): string =>
  versions.length <= 1
    ? (versions[0] ?? '')
    : `${versions.slice(0, -1).join(', ')} and ${versions[versions.length - 1]}`;

/**
 * The warning for an item saved from the docs of `savedVersion` (`4.2`) shown on a page of a newer
 * version: the changes and deprecations the page marks after that version in the item's part
 * (the whole page when the item's part cannot be told). Undefined when there are none, or when the
 * saved version is not a number (`dev`, `stable`).
 */
export function staleWarning(
  itemText: string,
  savedVersion: string | undefined,
  parts: readonly PagePart[],
): StaleWarning | undefined {
  if (!savedVersion || !NUMBERED.test(savedVersion)) return undefined;
  const at = partOf(itemText, parts);
  const from = at ?? 0;
  const end = at === undefined ? parts.length : subtreeEnd(parts, at);
  const marks = parts
    .slice(from, end)
    .flatMap((part) => part.marks)
    .filter((mark) => compareVersions(mark.version, savedVersion) > 0);
  const first = marks[0];
  if (!first) return undefined;
  const kind = marks.some((mark) => mark.kind === 'deprecated') ? 'deprecated' : 'changed';
  const versions = [...new Set(marks.filter((m) => m.kind === kind).map((m) => m.version))].sort(
    compareVersions,
  );
  const part = at === undefined ? undefined : parts[at];
  return {
    label: `${KIND_LABEL[kind]} in ${listed(versions)}`,
    mark: (marks.find((m) => m.kind === kind) ?? first).index,
    part: part && part.depth > 0 ? { anchor: part.anchor, title: part.title } : undefined,
  };
}
