import { bundledSections } from '../stacks/bundled';
import type { PageItems } from '../messaging/messages';
import { listNotes, notesForPage } from '../records/notes';
import { pageKey } from './pages';
import type { PageContext } from './docs-page';
import { relatedSections } from './related';
import { listSnippets, snippetsForPage } from '../records/snippets';
import { itemsAbout, type ItemAbout } from './user-items';

/**
 * The user's notes and snippets for a page, from any version or language of it, and (given what
 * the page says) those saved elsewhere or nowhere that are about its subject.
 */
export async function pageItems(url: string, page?: PageContext): Promise<PageItems> {
  const key = pageKey(url);
  const [notes, snippets] = await Promise.all([notesForPage(key), snippetsForPage(key)]);
  let about: ItemAbout[] = [];
  if (page) {
    const [allNotes, allSnippets] = await Promise.all([listNotes(), listSnippets()]);
    about = itemsAbout(page, bundledSections, allNotes, allSnippets, key);
  }
  return {
    notes: notes.sort((a, b) => b.updatedAt - a.updatedAt),
    snippets: snippets.sort((a, b) => b.createdAt - a.createdAt),
    about,
  };
}

/** How many things DevRecall has for a docs page: related bundled sections and the user's own. */
export async function pageItemCount(page: PageContext): Promise<number> {
  const { notes, snippets, about } = await pageItems(page.url, page);
  return (
    relatedSections(page, bundledSections).length + notes.length + snippets.length + about.length
  );
}
