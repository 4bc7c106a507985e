import { bundledSections } from '../stacks/bundled';
import type { PageItems } from '../messaging/messages';
import { notesForPage } from '../records/notes';
import { pageKey } from './pages';
import type { PageContext } from './docs-page';
import { relatedSections } from './related';
import { snippetsForPage } from '../records/snippets';

/** The user's notes and snippets for a page, from any version or language of it. */
export async function pageItems(url: string): Promise<PageItems> {
  const key = pageKey(url);
  const [notes, snippets] = await Promise.all([notesForPage(key), snippetsForPage(key)]);
  return {
    notes: notes.sort((a, b) => b.updatedAt - a.updatedAt),
    snippets: snippets.sort((a, b) => b.createdAt - a.createdAt),
  };
}

/** How many things DevRecall has for a docs page: related bundled sections and the user's own. */
export async function pageItemCount(page: PageContext): Promise<number> {
  const { notes, snippets } = await pageItems(page.url);
  return relatedSections(page, bundledSections).length + notes.length + snippets.length;
}
