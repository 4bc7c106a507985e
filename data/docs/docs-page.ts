import type { PagePart, VersionMark } from './stale';

/** Where a docs.djangoproject.com page lives: `/{lang}/{version}/{path}/`. */
export interface DocsUrl {
  /** `en`, `fr`, `pt-br`, `zh-hans` … */
  lang: string;
  /** `5.2`, `dev`, `stable` … */
  version: string;
  /** Page path without surrounding slashes, e.g. `topics/db/queries`; empty for the docs home. */
  path: string;
}

const DOCS_HOST = 'docs.djangoproject.com';
const LANG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;
const VERSION = /^(?:dev|stable|\d+(?:\.\d+)*)$/i;
/** How much paragraph text makes the intro: enough to say what the page is about. */
const INTRO_LENGTH = 400;
/**
 * How much of the article the matcher reads: the whole of most pages, the first part of the few
 * long references, where it has long since seen what they are about.
 */
export const BODY_LENGTH = 30_000;
/** A section's own text is cut here; far longer than any section of the docs. */
const PART_LENGTH = 50_000;

export function parseDocsUrl(url: string): DocsUrl | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.hostname !== DOCS_HOST || !/^https?:$/.test(parsed.protocol)) return undefined;
  const [lang, version, ...rest] = parsed.pathname.split('/').filter(Boolean);
  if (!lang || !version || !LANG.test(lang) || !VERSION.test(version)) return undefined;
  return {
    lang: lang.toLowerCase(),
    version: version.toLowerCase(),
    path: rest.map(decodeSegment).join('/'),
  };
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * One key for a page across languages and versions, so notes and state attached to
 * `topics/db/queries` follow the reader from /en/5.2/ to /fr/4.2/. The docs home is `index`.
 */
export function docsPageKey(url: string): string | undefined {
  const parsed = parseDocsUrl(url);
  if (!parsed) return undefined;
  return parsed.path || 'index';
}

/** What a docs page says about itself. */
export interface PageContext {
  url: string;
  /** The page's h1. */
  title: string;
  /** Its section headings, in order. */
  headings: string[];
  /** The opening prose. */
  text: string;
  /** The article's plain text, code included (as much as the reader takes). */
  body?: string;
  /** The article's sections with their version marks, read when the panel opens. */
  parts?: PagePart[];
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** A heading's text without Sphinx's `¶` permalink. */
function headingText(heading: Element): string {
  const copy = heading.cloneNode(true) as Element;
  for (const link of copy.querySelectorAll('a.headerlink')) link.remove();
  return collapse(copy.textContent ?? '').replace(/\s*¶$/, '');
}

/** The start of the page's prose, cut at a word boundary. */
function introText(root: ParentNode): string {
  let intro = '';
  for (const paragraph of root.querySelectorAll('p')) {
    const text = collapse(paragraph.textContent ?? '');
    if (!text) continue;
    intro = intro ? `${intro} ${text}` : text;
    if (intro.length >= INTRO_LENGTH) break;
  }
  if (intro.length <= INTRO_LENGTH) return intro;
  const cut = intro.lastIndexOf(' ', INTRO_LENGTH);
  return intro.slice(0, cut > 0 ? cut : INTRO_LENGTH);
}

/** The article's text, code included, without permalinks, up to the matcher's budget. */
function bodyText(article: Element): string {
  return (article.textContent ?? '')
    .replace(/¶/g, '')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim()
    .slice(0, BODY_LENGTH);
}

/** Reads what a docs page is about from its article: title, headings, opening prose and text. */
export function readDocsPage(doc: Document, url: string): PageContext {
  const article = doc.querySelector('article#docs-content') ?? doc.body ?? doc.documentElement;
  const h1 = article.querySelector('h1');
  return {
    url,
    title: h1 ? headingText(h1) : collapse(doc.title),
    headings: [...article.querySelectorAll('h2, h3')].map(headingText).filter(Boolean),
    text: introText(article),
    body: bodyText(article),
  };
}

const MARK_KINDS = { versionchanged: 'changed', deprecated: 'deprecated' } as const;
const articleOf = (doc: Document): Element =>
  doc.querySelector('article#docs-content') ?? doc.body ?? doc.documentElement;

/**
 * Sphinx's boxes for `.. versionchanged::` and `.. deprecated::` in the article, in document
 * order: a `VersionMark`'s index is its place here.
 */
export const versionMarks = (doc: Document): Element[] => [
  ...articleOf(doc).querySelectorAll('div.versionchanged, div.deprecated'),
];
const SECTIONS = 'section, div.section';
const isSection = (el: Element): boolean =>
  el.matches(SECTIONS) && [...el.children].some((child) => /^H[1-6]$/.test(child.tagName));

/** The section an element belongs to: the nearest enclosing one with a heading of its own. */
function sectionOf(el: Element, stop: Element): Element | undefined {
  for (let at = el.parentElement; at && at !== stop; at = at.parentElement) {
    if (isSection(at)) return at;
  }
  return undefined;
}

/** "Changed in Django 5.2:", "Deprecated since version 5.1:" → `5.2`, `5.1`. */
function markVersion(mark: Element): string | undefined {
  const title = mark.querySelector('span.title, span.versionmodified') ?? mark;
  return /\d+(?:\.\d+)+/.exec(title.textContent ?? '')?.[0];
}

/**
 * The article's sections in document order, each with its own text (not its subsections') and
 * the version marks in it, for telling which part of the page a saved snippet is about.
 */
export function readPageParts(doc: Document): PagePart[] {
  const article = articleOf(doc);
  const sections = [...article.querySelectorAll(SECTIONS)].filter(isSection);
  const at = new Map(sections.map((section, i) => [section, i]));
  const marks: VersionMark[][] = sections.map(() => []);
  const depth = sections.map((section) => {
    let d = 0;
    for (let up = sectionOf(section, article); up; up = sectionOf(up, article)) d++;
    return d;
  });

  // A section's own text is that of its children other than its subsections (which Sphinx nests
  // as direct children): native textContent, far quicker than walking every text node.
  const texts = sections.map((section) =>
    [...section.childNodes]
      .filter((child) => !(child instanceof Element && isSection(child)))
      .map((child) => child.textContent ?? '')
      .join(''),
  );
  versionMarks(doc).forEach((mark, index) => {
    const version = markVersion(mark);
    const i = sectionOf(mark, article);
    const kind =
      MARK_KINDS[mark.classList.contains('deprecated') ? 'deprecated' : 'versionchanged'];
    if (version && i) marks[at.get(i) ?? -1]?.push({ kind, version, index });
  });

  return sections.map((section, i) => {
    const heading = [...section.children].find((child) => /^H[1-6]$/.test(child.tagName));
    const link = heading?.querySelector('a.headerlink')?.getAttribute('href') ?? '';
    return {
      anchor: link.startsWith('#') ? link.slice(1) : section.id,
      title: heading ? headingText(heading) : '',
      depth: depth[i] ?? 0,
      text: collapse((texts[i] ?? '').replace(/¶/g, '')).slice(0, PART_LENGTH),
      marks: marks[i] ?? [],
    };
  });
}
