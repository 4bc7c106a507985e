import { PAGE_ITEMS_SHOWN, type PageItems, type RelatedItem } from '../messaging/messages';
import { db } from '../records/db';
import type { Snippet, StoredStack, UserNote } from '../records/model';
import { listNotes, notesForPage } from '../records/notes';
import { listSnippets, snippetsForPage } from '../records/snippets';
import { sourceOfSearchId } from '../search/sources';
import { followedUserIndex } from '../search/stored-index';
import { buildCatalog, type StackCatalog } from '../stacks/catalog';
import type { Section } from '../stacks/content';
import { listStoredStacks } from '../stacks/stored';
import type { PageContext } from './docs-page';
import { pageKey } from './pages';
import { relatedSections } from './related';
import { itemsAbout, type ItemAbout } from './user-items';

/**
 * The catalog as last built, kept while no stack changed: the related matcher indexes its section
 * list once (by identity), which for a large installed stack takes a while.
 */
let current: { key: string; catalog: StackCatalog } | undefined;

function catalogOf(stored: readonly StoredStack[]): StackCatalog {
  const key = stored.map((s) => `${s.id}@${s.updatedAt}`).join('\n');
  if (current?.key !== key) current = { key, catalog: buildCatalog(stored) };
  return current.catalog;
}

/**
 * Libraries up to this size are read whole to find items about a page: exact, and still quick
 * (matching an item against the stacks takes about a millisecond).
 */
export const READ_WHOLE_UP_TO = 200;
/** Items the search index offers per name of a subject. */
const CANDIDATES_PER_NAME = 40;
/** Items checked in all, those found highest for the most names first. */
const CANDIDATES = 100;

/**
 * The user's notes and snippets that may be about the given sections: in a large library, those
 * the stored search index finds for the sections' titles and keywords, read by key, so a page
 * never reads the whole library. Undefined when the whole library is to be read instead.
 */
async function candidatesAbout(
  subjects: readonly Section[],
): Promise<{ notes: UserNote[]; snippets: Snippet[] } | undefined> {
  const total = (await Promise.all([db.notes.count(), db.snippets.count()])).reduce(
    (a, b) => a + b,
  );
  if (total <= READ_WHOLE_UP_TO) return undefined;
  const engine = await followedUserIndex();
  if (!engine) return undefined;
  const standing = new Map<string, number>();
  for (const section of subjects) {
    for (const name of new Set([section.title, ...section.keywords])) {
      engine.search(name, { limit: CANDIDATES_PER_NAME }).forEach((hit, rank) => {
        standing.set(hit.doc.id, (standing.get(hit.doc.id) ?? 0) + CANDIDATES_PER_NAME - rank);
      });
    }
  }
  const keys = { notes: [] as string[], snippets: [] as string[] };
  for (const [id] of [...standing].sort((a, b) => b[1] - a[1]).slice(0, CANDIDATES)) {
    const at = sourceOfSearchId(id);
    if (at?.source.table === 'notes') keys.notes.push(at.key);
    if (at?.source.table === 'snippets') keys.snippets.push(at.key);
  }
  const [notes, snippets] = await Promise.all([
    db.notes.bulkGet(keys.notes),
    db.snippets.bulkGet(keys.snippets),
  ]);
  return {
    notes: notes.filter((n): n is UserNote => n !== undefined),
    snippets: snippets.filter((s): s is Snippet => s !== undefined),
  };
}

async function wholeLibrary(): Promise<{ notes: UserNote[]; snippets: Snippet[] }> {
  const [notes, snippets] = await Promise.all([listNotes(), listSnippets()]);
  return { notes, snippets };
}

/**
 * The user's notes and snippets for a page, from any version or language of it (the newest
 * `shown` of each, with how many there are), and (given what the page says) the sections of every
 * stack about it and the user's items saved elsewhere or nowhere that are about its subject.
 */
export async function pageItems(
  url: string,
  page?: PageContext,
  shown = PAGE_ITEMS_SHOWN,
): Promise<PageItems> {
  const key = pageKey(url);
  const [notes, snippets] = await Promise.all([notesForPage(key), snippetsForPage(key)]);
  let related: RelatedItem[] = [];
  let about: ItemAbout[] = [];
  if (page) {
    const catalog = catalogOf(await listStoredStacks());
    const subjects = relatedSections(page, catalog.sections);
    related = subjects.flatMap(({ id, reason }) => {
      const section = catalog.findSection(id);
      return section ? [{ section, context: catalog.sectionContext(section), reason }] : [];
    });
    if (subjects.length > 0) {
      const candidates =
        (await candidatesAbout(related.map((r) => r.section))) ?? (await wholeLibrary());
      about = itemsAbout(page, catalog.sections, candidates.notes, candidates.snippets, key);
    }
  }
  return {
    related,
    notes: notes.sort((a, b) => b.updatedAt - a.updatedAt).slice(0, shown),
    snippets: snippets.sort((a, b) => b.createdAt - a.createdAt).slice(0, shown),
    notesTotal: notes.length,
    snippetsTotal: snippets.length,
    about,
  };
}

/** How many things DevRecall has for a docs page: related sections and the user's own items. */
export async function pageItemCount(page: PageContext): Promise<number> {
  const { related, notesTotal, snippetsTotal, about } = await pageItems(page.url, page, 0);
  return related.length + notesTotal + snippetsTotal + about.length;
}
