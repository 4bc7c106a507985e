import type { Section } from '../stacks/content';
import { BODY_LENGTH, docsPageKey, parseDocsUrl, type PageContext } from './docs-page';
import { BUNDLED_DOCS_MAPS, mappedSections, type DocsMap } from './docs-map';
import { pageKey } from './pages';
import { identifierParts, tokenize, type Token } from '../search/tokenize';

export interface RelatedSection {
  id: string;
  score: number;
  /** Why, in the page's own words: `Mentions select_related, prefetch_related and QuerySet`. */
  reason: string;
}

export interface RelatedOptions {
  limit?: number;
  /** Maps that decide their stack's sections on the docs pages they cover; `[]` for the matcher alone. */
  maps?: readonly DocsMap[];
}

/*
 * Scoring. The page and every section become weighted bags of stemmed words, identifiers and
 * adjacent word pairs (for phrases such as "class based" or "template language"). A shared term
 * counts by its weight on the page (URL path and title say what the page is about, headings what
 * it covers, the intro only hints) times its weight in the section (title and curated keywords
 * over code over prose) times its rarity across the sections, squared as it weighs both sides of
 * the match. So words most notes use ("model", "view", "create") barely count, while one note's
 * own vocabulary ("csrf", "pagination", "mixins") counts fully. A section is related only above an
 * absolute score, and only near the best one; anything less is coincidence.
 */

/** A part of an identifier (`related` in `select_related`) counts for less than the whole. */
const PART_FACTOR = 0.4;

interface FieldWeight {
  /** Weight of the first occurrence, … */
  first: number;
  /** … plus this for each further one, … */
  further: number;
  /** … up to this. */
  cap: number;
  /** Factor for single words against 1 for word pairs: prose says more by phrases than by words. */
  words: number;
}

const PAGE_FIELD = {
  path: { first: 2.5, further: 0, cap: 2.5, words: 1 },
  title: { first: 3, further: 0.5, cap: 3.5, words: 1 },
  heading: { first: 1, further: 0.3, cap: 2.5, words: 1 },
  text: { first: 0.3, further: 0.1, cap: 0.6, words: 1 },
} satisfies Record<string, FieldWeight>;

const SECTION_FIELD = {
  title: { first: 3, further: 0, cap: 3, words: 1 },
  keyword: { first: 3, further: 0, cap: 3, words: 1 },
  /** A word of a phrase keyword ("changes" in "schema changes") is not the keyword. */
  keywordPhrase: { first: 3, further: 0, cap: 3, words: 0.6 },
  /** Nor is a name in a dotted one ("settings" in `settings.MIDDLEWARE`): it is a part. */
  keywordDotted: { first: 3, further: 0, cap: 3, words: PART_FACTOR },
  /** Prose is mostly plain English: its words say little alone. */
  text: { first: 1, further: 0.3, cap: 2, words: 0.25 },
  code: { first: 0.5, further: 0.15, cap: 1, words: 1 },
} satisfies Record<string, FieldWeight>;

/** Beyond this many headings each says less: a page with fifty headings is not about any one. */
const FOCUSED_HEADINGS = 8;
/**
 * A page's body speaks for it by its cosine with a section: a tutorial that runs `startproject`,
 * `runserver` and `migrate` reaches about 0.05 with Project Setup, a page that shares a few generic
 * words stays near 0.01.
 */
const BODY_SCALE = 1000;
/** Below this the body is about something else, whatever the headings share. */
const MIN_BODY = 0.02;
/**
 * Below this a match is coincidence: the structure's score (a note's keyword in one heading scores
 * about 15, a page whose title or several headings use a note's own terms upwards of 25) plus the
 * body's (20 for a page that uses a section's terms in passing, 50 for one built on them).
 */
const MIN_SCORE = 60;
/**
 * Without a body, the structure alone: a note's keyword in one heading scores about 15, a scatter
 * of passing mentions over a long page near 20, a page whose title or several headings use a
 * note's own terms upwards of 25.
 */
const MIN_STRUCTURE_SCORE = 24;
/** Results far behind the best one are noise next to it. */
const MIN_SHARE_OF_BEST = 0.3;
const DEFAULT_LIMIT = 5;
const REASON_TERMS = 3;
const ANNOTATES = 'Written for this page';
/** How much more each of a map's picks for a page weighs than the next. */
const MAP_STEP = 0.1;
/** A mapped section that shares no wording with what was read of the page (a translation, say). */
const MAPPED = 'Picked for this page of the docs';

const STOP_WORDS = new Set(
  `a about above after again against all also an and any are as at be because been before being
  below between both but by can could did do does doing done down during each either else etc
  even ever every few for from further get gets got had has have having he her here hers him his
  how however i if in into is it its itself just let lets like may me might more most much must my
  no nor not now of off often on once one only or other others our ours out over own per rather
  really same see she should since so some such than that the their theirs them themselves then
  there these they this those though through thus to too under until up upon us very via want was
  we well were what when where whether which while who whom whose why will with within without
  would yet you your yours yourself
  use used uses using write writes writing written example examples overview introduction
  guide reference document documentation documents new old way ways thing things work works
  working make makes making need needs needed ll ve re don t s`.split(/\s+/),
);

/**
 * A light English stemmer: folds plurals and common verb and noun endings so `queries`,
 * `migrations`, `migrating`, `paginator` and `pagination` meet their base words. Identifiers with
 * underscores or digits stay whole.
 */
export function stem(term: string): string {
  if (term.length < 4 || !/^[a-z]+$/.test(term)) return term;
  let word = term;
  if (word.endsWith('ies') && word.length > 4) word = `${word.slice(0, -3)}y`;
  else if (/(?:ss|x|ch|sh)es$/.test(word)) word = word.slice(0, -2);
  else if (word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) word = word.slice(0, -1);

  const cut = (n: number): string | undefined => {
    const base = word.slice(0, word.length - n);
    return base.length >= 3 && /[aeiouy]/.test(base) ? base : undefined;
  };
  if (word.endsWith('ization')) return cut(5) ?? word;
  if (word.endsWith('ation')) return cut(3) ?? word;
  if (word.endsWith('ator')) return cut(2) ?? word;
  if (word.endsWith('ing')) return cut(3) ?? word;
  if (word.endsWith('ed')) return cut(2) ?? word;
  if (word.endsWith('e')) return cut(1) ?? word;
  return word;
}

/** Parts worth matching alone: of `snake_case`, `camelCase` and `HTTPResponse`, not of `URLs`. */
function partsOf(raw: string): string[] {
  return /_|\p{Ll}\p{Lu}|\p{Lu}{2}\p{Ll}{2}/u.test(raw) ? identifierParts(raw) : [];
}

interface TermOccurrence {
  term: string;
  raw: string;
  /** 1 for a word, PART_FACTOR for an identifier's part, 0 for a word pair. */
  part: number;
}

/** A run's terms: content words stemmed, identifiers whole and by part, and adjacent pairs. */
export function runTerms(text: string, stop: ReadonlySet<string>): TermOccurrence[] {
  const out: TermOccurrence[] = [];
  let previous: { term: string; start: number } | undefined;
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    // `django-admin` is a command, not the word "admin": a name joined to the stack's own name
    // is one term, and its other words only parts of it.
    let end = i;
    let last = token;
    for (let next = tokens[end + 1]; next?.start === last.end + 1 && text[last.end] === '-';) {
      last = next;
      next = tokens[++end + 1];
    }
    const joined = tokens.slice(i, end + 1);
    if (end > i && joined.some((t) => stop.has(t.term))) {
      const raw = text.slice(token.start, last.end);
      out.push({ term: raw.toLowerCase(), raw, part: 1 });
      for (const t of joined) {
        if (!stop.has(t.term) && !STOP_WORDS.has(t.term)) {
          out.push({ term: stem(t.term), raw, part: PART_FACTOR });
        }
      }
      previous = undefined;
      i = end;
      continue;
    }
    if (
      STOP_WORDS.has(token.term) ||
      stop.has(token.term) ||
      /^\d+$/.test(token.term) ||
      token.term.length < 2
    ) {
      previous = undefined;
      continue;
    }
    const term = stem(token.term);
    out.push({ term, raw: token.raw, part: 1 });
    for (const part of partsOf(token.raw)) {
      if (STOP_WORDS.has(part) || stop.has(part)) continue;
      out.push({ term: stem(part), raw: token.raw, part: PART_FACTOR });
    }
    if (previous && previous.term !== term) {
      // Order-free, so "Views & URLs" meets "Mapping URLs to views".
      const pair = [previous.term, term].sort().join(' ');
      out.push({ term: pair, raw: text.slice(previous.start, token.end), part: 0 });
    }
    previous = { term, start: token.start };
  }
  return out;
}

interface Occurrences {
  count: number;
  weight: FieldWeight;
  factor: number;
}

/** Weighted terms of one document: per term, its best field plus some of the others. */
class TermBag {
  /**
   * @param stop Words that say nothing here beyond the stop words: the stacks' own names.
   * @param others How much a term's weaker fields add to its best one.
   */
  constructor(
    private readonly stop: ReadonlySet<string>,
    private readonly others: number,
  ) {}

  /** Per term, per field and kind of occurrence: how often, and what one occurrence weighs. */
  private terms = new Map<string, Map<string, Occurrences>>();
  /** The first way each term was written, for reasons. */
  readonly raw = new Map<string, string>();

  add(text: string, field: string, weight: FieldWeight, scale = 1): void {
    for (const { term, raw, part } of runTerms(text, this.stop)) {
      if (!this.raw.has(term)) this.raw.set(term, raw);
      let byField = this.terms.get(term);
      if (!byField) this.terms.set(term, (byField = new Map()));
      const key = `${field}:${part}`;
      const seen = byField.get(key);
      const factor = scale * (part === 0 ? 1 : weight.words * part);
      if (seen) seen.count++;
      else byField.set(key, { count: 1, weight, factor });
    }
  }

  weights(): Map<string, number> {
    const out = new Map<string, number>();
    for (const [term, byField] of this.terms) {
      const [best = 0, ...rest] = [...byField.values()]
        .map(
          ({ count, weight, factor }) =>
            Math.min(weight.first + weight.further * (count - 1), weight.cap) * factor,
        )
        .sort((a, b) => b - a);
      out.set(term, best + this.others * rest.reduce((sum, w) => sum + w, 0));
    }
    return out;
  }
}

interface SectionIndex {
  sections: {
    id: string;
    weights: Map<string, number>;
    norm: number;
    /** Libraries the section's note is written for, beyond the stack's own: a page must name one. */
    requires: RegExp[];
    /** Keys of the docs pages the section says it annotates (`pages` in its pack). */
    pages: Set<string>;
  }[];
  idf: Map<string, number>;
  /** The rarity of a term no section uses. */
  maxIdf: number;
  stop: ReadonlySet<string>;
}

const indexes = new WeakMap<readonly Section[], SectionIndex>();

/** Sentences of prose, so phrases do not run across them. */
export const sentences = (text: string): string[] => text.split(/[.!?;:()\n]+/);

/** Top-level packages a piece of code imports (Python and JavaScript), never relative ones. */
function imports(code: string): Set<string> {
  const found = new Set<string>();
  for (const match of code.matchAll(
    /^\s*(?:from\s+([\w.]+)\s+import|import\s+([\w.]+)|import\s[^'"\n]*from\s+['"]([^'"]+)['"])/gm,
  )) {
    const name = match[1] ?? match[2] ?? match[3] ?? '';
    if (name && !name.startsWith('.'))
      found.add((/^(@[^/]+\/[^/]+|[^./]+)/.exec(name) ?? [name])[0]);
  }
  return found;
}

/**
 * The libraries a note is written for: what every one of its sections with code imports, apart
 * from the stack's own framework (in two or more sections). A Django REST Framework note belongs beside pages that speak
 * of `rest_framework`, not beside every Django page that validates something.
 */
function noteLibraries(
  sections: readonly Section[],
  stop: ReadonlySet<string>,
): Map<string, RegExp[]> {
  const byNote = new Map<string, { common: Set<string>; sections: number }>();
  for (const section of sections) {
    const code = section.blocks.flatMap((b) => (b.kind === 'code' ? [b.code] : [])).join('\n');
    if (!code) continue;
    const found = imports(code);
    const seen = byNote.get(section.noteId);
    byNote.set(section.noteId, {
      common: seen ? new Set([...seen.common].filter((name) => found.has(name))) : found,
      sections: (seen?.sections ?? 0) + 1,
    });
  }
  const out = new Map<string, RegExp[]>();
  for (const [note, { common, sections: count }] of byNote) {
    // One piece of code importing its own app's models says nothing about a library.
    if (count < 2) continue;
    const libraries = [...common].filter((name) => !stop.has(name.toLowerCase()));
    out.set(
      note,
      libraries.map(
        (name) =>
          new RegExp(
            name
              .split(/[^\p{L}\p{N}]+/u)
              .filter(Boolean)
              .join('[\\s_-]?'),
            'iu',
          ),
      ),
    );
  }
  return out;
}

function buildIndex(sections: readonly Section[]): SectionIndex {
  // Every Django note is about Django: a bundled stack's name cannot tell its sections apart. A
  // written or installed stack's id is whatever its author typed ("orm-tips"), not a framework.
  const stop = new Set(
    sections
      .filter((section) => section.source === 'bundled')
      .flatMap((section) => tokenize(section.stackId).map((t) => t.term)),
  );
  const docs = sections.map((section) => {
    // What a section is about is its best field; further mentions add a little.
    const bag = new TermBag(stop, 0.25);
    bag.add(section.title, 'title', SECTION_FIELD.title);
    for (const keyword of section.keywords) {
      const words = runTerms(keyword, stop).filter((t) => t.part === 1).length;
      if (words < 2) bag.add(keyword, 'keyword', SECTION_FIELD.keyword);
      else if (/[\s-]/.test(keyword))
        bag.add(keyword, 'keywordPhrase', SECTION_FIELD.keywordPhrase);
      else bag.add(keyword, 'keywordDotted', SECTION_FIELD.keywordDotted);
    }
    for (const block of section.blocks) {
      if (block.kind === 'text') {
        for (const sentence of sentences(block.text)) bag.add(sentence, 'text', SECTION_FIELD.text);
      } else {
        // Code counts by its identifiers; its word pairs are syntax, not phrases.
        for (const word of block.code.split(/[^\p{L}\p{N}_+-]+/u)) {
          bag.add(word, 'code', SECTION_FIELD.code);
        }
      }
    }
    return {
      id: section.id,
      weights: bag.weights(),
      norm: 0,
      requires: [] as RegExp[],
      pages: new Set((section.pages ?? []).map(pageKey)),
    };
  });
  const libraries = noteLibraries(sections, stop);
  sections.forEach((section, i) => {
    const doc = docs[i];
    if (doc) doc.requires = libraries.get(section.noteId) ?? [];
  });

  const df = new Map<string, number>();
  for (const doc of docs) {
    for (const term of doc.weights.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  }
  const n = docs.length;
  const idf = new Map<string, number>();
  // BM25's rarity, squared as it weighs both sides of the match (as in cosine tf-idf).
  for (const [term, count] of df) {
    idf.set(term, Math.log(1 + (n - count + 0.5) / (count + 0.5)) ** 2);
  }
  for (const doc of docs) {
    let sum = 0;
    for (const [term, weight] of doc.weights) sum += (weight * (idf.get(term) ?? 0)) ** 2;
    doc.norm = Math.sqrt(sum) || 1;
  }
  return { sections: docs, idf, maxIdf: Math.log(1 + (n + 0.5) / 0.5) ** 2, stop };
}

export function sectionIndex(sections: readonly Section[]): SectionIndex {
  let index = indexes.get(sections);
  if (!index) indexes.set(sections, (index = buildIndex(sections)));
  return index;
}

/** The path that names a page's topic: after /{lang}/{version}/ on the docs, else all of it. */
function pagePath(url: string): string[] {
  const docs = parseDocsUrl(url);
  if (docs) return docs.path.split('/').filter(Boolean);
  try {
    return new URL(url).pathname.split('/').filter(Boolean);
  } catch {
    return [];
  }
}

function pageBag(page: PageContext, stop: ReadonlySet<string>): TermBag {
  // A term in the URL, title, headings and intro alike is the page's topic: its fields add up.
  const bag = new TermBag(stop, 1);
  bag.add(page.title, 'title', PAGE_FIELD.title);
  const headingScale = Math.min(1, Math.sqrt(FOCUSED_HEADINGS / Math.max(1, page.headings.length)));
  for (const heading of page.headings) {
    bag.add(heading, 'heading', PAGE_FIELD.heading, headingScale);
  }
  for (const sentence of sentences(page.text)) bag.add(sentence, 'text', PAGE_FIELD.text);
  // Last, so reasons quote the page's prose rather than its URL.
  for (const segment of pagePath(page.url)) {
    bag.add(segment.replace(/[-_.]+/g, ' '), 'path', PAGE_FIELD.path);
  }
  return bag;
}

/** The body's terms, sublinear in their counts, by rarity; terms no section uses count as rarest. */
function bodyVector(body: string, index: SectionIndex): BodyVector {
  const counts = new Map<string, number>();
  const raw = new Map<string, string>();
  for (const sentence of sentences(body.slice(0, BODY_LENGTH))) {
    for (const { term, raw: written, part } of runTerms(sentence, index.stop)) {
      counts.set(term, (counts.get(term) ?? 0) + (part === 0 ? 1 : part));
      if (!raw.has(term)) raw.set(term, written);
    }
  }
  const vector = new Map<string, number>();
  let sum = 0;
  for (const [term, count] of counts) {
    const weight =
      (1 + Math.log(Math.max(1, count))) * Math.sqrt(index.idf.get(term) ?? index.maxIdf);
    vector.set(term, weight);
    sum += weight * weight;
  }
  return { vector, norm: Math.sqrt(sum) || 1, raw };
}

interface BodyVector {
  vector: Map<string, number>;
  norm: number;
  /** The first way each term was written. */
  raw: Map<string, string>;
}

/** The cosine, and each shared term's part of the score it gives. */
function bodyCosine(
  body: BodyVector,
  section: SectionIndex['sections'][number],
  index: SectionIndex,
): { cosine: number; matches: [string, number][] } {
  const scale = BODY_SCALE / body.norm / section.norm;
  let dot = 0;
  const matches: [string, number][] = [];
  for (const [term, weight] of section.weights) {
    const pageWeight = body.vector.get(term);
    if (!pageWeight) continue;
    const product = pageWeight * weight * Math.sqrt(index.idf.get(term) ?? 0);
    dot += product;
    matches.push([term, product * scale]);
  }
  return { cosine: dot / body.norm / section.norm, matches };
}

/** What a page says about one section. */
export interface SectionSignals {
  id: string;
  /** How strongly the page's title, headings, path and intro use the section's terms. */
  structure: number;
  /** Cosine of the page's body and the section, both weighted by rarity among the sections. */
  body: number;
  /** Shared terms and what each adds to the score, from the outline and the body. */
  matches: [term: string, contribution: number][];
  /** The section names this page among the docs pages it annotates. */
  annotates: boolean;
}

/** Every section's signals for a page, unfiltered. */
export function sectionSignals(
  page: PageContext,
  sections: readonly Section[],
): { signals: SectionSignals[]; raw: ReadonlyMap<string, string> } {
  const index = sectionIndex(sections);
  const bag = pageBag(page, index.stop);
  const pageWeights = bag.weights();
  const body = page.body ? bodyVector(page.body, index) : undefined;
  const pageText = [page.title, ...page.headings, page.text, page.body ?? ''].join('\n');
  const key = pageKey(page.url);
  const signals = index.sections.map((section) => {
    const matches: [term: string, contribution: number][] = [];
    for (const [term, pageWeight] of pageWeights) {
      const sectionWeight = section.weights.get(term);
      if (sectionWeight !== undefined) {
        matches.push([term, pageWeight * sectionWeight * (index.idf.get(term) ?? 0)]);
      }
    }
    const named = section.requires.every((library) => library.test(pageText));
    const structure = named ? matches.reduce((sum, [, c]) => sum + c, 0) : 0;
    const fromBody = body && named ? bodyCosine(body, section, index) : undefined;
    return {
      id: section.id,
      structure,
      body: fromBody?.cosine ?? 0,
      matches: [...matches, ...(fromBody?.matches ?? [])],
      annotates: section.pages.has(key),
    };
  });
  // Reasons quote the outline's wording first, then the body's.
  const raw = new Map([...(body?.raw ?? []), ...bag.raw]);
  return { signals, raw };
}

/** What the maps say about a page: the sections they govern there, and the rank of those they pick. */
interface MapDecision {
  governed: ReadonlySet<string>;
  rank: ReadonlyMap<string, number>;
}

function mapDecision(
  url: string,
  sections: readonly Section[],
  maps: readonly DocsMap[],
): MapDecision | undefined {
  const path = docsPageKey(url);
  if (path === undefined) return undefined;
  const stacks = new Set<string>();
  const rank = new Map<string, number>();
  for (const map of maps) {
    const ids = mappedSections(map, path);
    if (!ids) continue;
    stacks.add(map.stack);
    ids.forEach((id, i) => rank.set(id, Math.min(i, rank.get(id) ?? i)));
  }
  if (stacks.size === 0) return undefined;
  return {
    governed: new Set(sections.filter((s) => stacks.has(s.stackId)).map((s) => s.id)),
    rank,
  };
}

/**
 * The sections worth showing: those written for this page first, then those a docs map picks for
 * it, then the ones strong enough, near the best, and what the body is about too. A page read
 * without its body (a caller that only has the outline) is judged by its structure alone.
 */
function combine(
  signals: SectionSignals[],
  limit: number,
  withBody: boolean,
  decision: MapDecision | undefined,
) {
  const scored = signals.map((s) => ({
    ...s,
    mapped: !s.annotates && decision?.rank.has(s.id) === true,
    score: withBody ? s.structure + BODY_SCALE * s.body : s.structure,
  }));
  type Scored = (typeof scored)[number];
  const byScore = (a: Scored, b: Scored) => b.score - a.score || a.id.localeCompare(b.id);
  // Sections the map leaves out of this page do not set the bar for the others.
  const shown = scored.filter((s) => !s.annotates && (s.mapped || !decision?.governed.has(s.id)));
  const best = Math.max(0, ...shown.map((s) => s.score));
  const strong = withBody
    ? (s: Scored) => s.score >= MIN_SCORE && s.body >= MIN_BODY
    : (s: Scored) => s.score >= MIN_STRUCTURE_SCORE;
  // Its author's word, or the map's, outweighs any wording: either counts as at least the best match.
  const floor = Math.max(best, withBody ? MIN_SCORE : MIN_STRUCTURE_SCORE);
  const rankOf = (s: Scored) => decision?.rank.get(s.id) ?? 0;
  // In the map's order, the last at the floor: its first pick weighs most where scores are used
  // (the user's items about the page's subject).
  const picked = scored.filter((s) => s.mapped).sort((a, b) => rankOf(a) - rankOf(b));
  const mapped = picked.map((s, i) => ({
    ...s,
    score: floor * (1 + MAP_STEP * (picked.length - 1 - i)),
  }));
  // A section's author listing the page weighs at least as much as the map's first pick.
  const annotatedFloor = Math.max(floor, mapped[0]?.score ?? 0);
  const annotated = scored
    .filter((s) => s.annotates)
    .map((s) => ({ ...s, score: Math.max(s.score, annotatedFloor) }))
    .sort(byScore);
  const found = scored
    .filter((s) => !s.annotates && !s.mapped && !decision?.governed.has(s.id))
    .filter((s) => strong(s) && s.score >= best * MIN_SHARE_OF_BEST)
    .sort(byScore);
  return [...annotated, ...mapped, ...found].slice(0, limit);
}

/** Sections of the notes that the page is about, best first; none when nothing fits well. */
export function relatedSections(
  page: PageContext,
  sections: readonly Section[],
  options: RelatedOptions = {},
): RelatedSection[] {
  const { signals, raw } = sectionSignals(page, sections);
  const decision = mapDecision(page.url, sections, options.maps ?? BUNDLED_DOCS_MAPS);
  return combine(signals, options.limit ?? DEFAULT_LIMIT, Boolean(page.body), decision).map(
    ({ id, score, matches, annotates, mapped }) => ({
      id,
      score: Math.round(score * 10) / 10,
      reason: annotates
        ? ANNOTATES
        : mapped && matches.length === 0
          ? MAPPED
          : reasonFor(matches, raw),
    }),
  );
}

/** The strongest shared terms as the page writes them, each word named once, as a sentence. */
function reasonFor(matches: [string, number][], raw: ReadonlyMap<string, string>): string {
  const byTerm = new Map<string, number>();
  for (const [term, contribution] of matches) {
    byTerm.set(term, (byTerm.get(term) ?? 0) + contribution);
  }
  const covered = new Set<string>();
  const named: string[] = [];
  for (const [term] of [...byTerm].sort((a, b) => b[1] - a[1])) {
    const words = term.split(' ');
    if (words.some((word) => covered.has(word))) continue;
    for (const word of words) covered.add(word);
    const text = raw.get(term) ?? term;
    if (!named.some((n) => n.toLowerCase() === text.toLowerCase())) named.push(text);
    if (named.length === REASON_TERMS) break;
  }
  if (named.length < 2) return `Mentions ${named.join('')}`;
  return `Mentions ${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
}
