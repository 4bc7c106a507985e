import type { Section } from '../stacks/content';
import type { Snippet, UserNote } from '../records/model';
import type { PageContext } from './docs-page';
import { parseDocsUrl } from './docs-page';
import { relatedSections } from './related';

/** One of the user's notes or snippets that is about the page's subject, and why. */
export type ItemAbout =
  | { kind: 'note'; note: UserNote; reason: string }
  | { kind: 'snippet'; snippet: Snippet; reason: string };

/** A section's subject in a few words: its title, or for a question its first keyword. */
const subjectName = (section: Section | undefined): string =>
  (section?.question ? section.keywords[0] : section?.title) ?? 'this subject';

/** What an item says about itself, read like a page's outline: its title and its lines. */
function itemOutline(item: UserNote | Snippet): PageContext {
  const title = 'title' in item ? item.title : item.note || item.pageTitle;
  const content = 'title' in item ? item.body : item.text;
  const lines = content
    .split(/\n|(?<=[.!?])\s+/)
    .map((line) => line.replace(/^[#>*\s-]+|`+/g, '').trim())
    .filter(Boolean)
    .slice(0, MAX_LINES);
  return { url: item.pageUrl ?? '', title, headings: [...item.tags, ...lines], text: '' };
}

/** An item's first lines say what it is about; the rest of a long note is detail. */
const MAX_LINES = 20;

/**
 * The user's notes and snippets, saved elsewhere or nowhere, that are about what the page is
 * about: those whose own subject (the stacks' sections they match) is one of the page's. A note
 * on select_related written in the library belongs to ORM Queries, and so beside Making queries.
 * Items saved on this page are listed as such and left out here.
 */
export function itemsAbout(
  page: PageContext,
  sections: readonly Section[],
  notes: readonly UserNote[],
  snippets: readonly Snippet[],
  pageKey: string,
  limit = 5,
): ItemAbout[] {
  const subjects = new Map(relatedSections(page, sections).map((r) => [r.id, r.score]));
  if (subjects.size === 0) return [];
  const found: (ItemAbout & { score: number })[] = [];
  for (const item of [...notes, ...snippets]) {
    if (item.pageKey === pageKey) continue;
    let best: { score: number; id: string } | undefined;
    // An item is about what it says, whichever page it was saved on.
    for (const { id, score } of relatedSections(itemOutline(item), sections, { maps: [] })) {
      const shared = (subjects.get(id) ?? 0) * score;
      if (shared > (best?.score ?? 0)) best = { score: shared, id };
    }
    if (!best) continue;
    const reason = `Also about ${subjectName(sections.find((s) => s.id === best.id))}`;
    found.push(
      'title' in item
        ? { kind: 'note', note: item, reason, score: best.score }
        : { kind: 'snippet', snippet: item, reason, score: best.score },
    );
  }
  return found
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ score: _score, ...item }) => item);
}

/** `4.2` when an item was saved from another numbered version of the docs than `pageUrl`'s. */
export function savedFromVersion(itemUrl: string | undefined, pageUrl: string): string | undefined {
  const saved = itemUrl ? parseDocsUrl(itemUrl) : undefined;
  const current = parseDocsUrl(pageUrl);
  if (!saved || !current || saved.version === current.version) return undefined;
  return saved.version;
}
