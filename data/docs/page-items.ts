import type { PageItems, RelatedItem } from '../messaging/messages';
import type { StoredStack } from '../records/model';
import { listNotes, notesForPage } from '../records/notes';
import { listSnippets, snippetsForPage } from '../records/snippets';
import { buildCatalog, type StackCatalog } from '../stacks/catalog';
import { listStoredStacks } from '../stacks/store';
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
 * The user's notes and snippets for a page, from any version or language of it, and (given what
 * the page says) the sections of every stack about it and the user's items saved elsewhere or
 * nowhere that are about its subject.
 */
export async function pageItems(url: string, page?: PageContext): Promise<PageItems> {
  const key = pageKey(url);
  const [notes, snippets] = await Promise.all([notesForPage(key), snippetsForPage(key)]);
  let related: RelatedItem[] = [];
  let about: ItemAbout[] = [];
  if (page) {
    const [allNotes, allSnippets, stored] = await Promise.all([
      listNotes(),
      listSnippets(),
      listStoredStacks(),
    ]);
    const catalog = catalogOf(stored);
    related = relatedSections(page, catalog.sections).flatMap(({ id, reason }) => {
      const section = catalog.findSection(id);
      return section ? [{ section, context: catalog.sectionContext(section), reason }] : [];
    });
    about = itemsAbout(page, catalog.sections, allNotes, allSnippets, key);
  }
  return {
    related,
    notes: notes.sort((a, b) => b.updatedAt - a.updatedAt),
    snippets: snippets.sort((a, b) => b.createdAt - a.createdAt),
    about,
  };
}

/** How many things DevRecall has for a docs page: related sections and the user's own items. */
export async function pageItemCount(page: PageContext): Promise<number> {
  const { related, notes, snippets, about } = await pageItems(page.url, page);
  return related.length + notes.length + snippets.length + about.length;
}
