import { browser } from 'wxt/browser';
import { routes } from '../../components/links';
import { userMessage } from '../../data/records/errors';
import type { Answer, Request, Response } from '../../data/messaging/messages';
import type { Caller } from '../../data/messaging/sender';
import type { PageContext } from '../../data/docs/docs-page';
import { refreshBadge } from './badge';
import { saveCode } from './save-selection';
import { refreshStoredIndex } from '../../data/search/stored-index';
import { getCard } from '../../data/practice/cards';
import { practise, restoreCard, unpractise } from '../../data/practice/practice';
import type { StoredCard } from '../../data/records/model';
import { createNote, createNoteOnce } from '../../data/records/notes';
import { pageItemCount, pageItems } from '../../data/docs/page-items';
import { pageKey } from '../../data/docs/pages';
import { getSettings, setSetting } from '../../data/records/settings';

/**
 * Asks the content script in a tab whether `panel` is the secret it gave its panel frame, and
 * for that page's context. Undefined when it is not (or there is no content script any more).
 */
export type ConfirmPanel = (
  tabId: number,
  frameId: number,
  panel: string,
) => Promise<PageContext | undefined>;

export const MALFORMED = 'DevRecall could not read this request.';
export const NOT_ALLOWED = 'DevRecall answers this only on a Django docs page.';
export const OTHER_PAGE = 'This request names another page than the one it came from.';
export const PANEL_REFUSED = 'This panel opens from the DevRecall launcher on a Django docs page.';

const ok = <T>(value: T): Answer<T> => ({ ok: true, value });
const refuse = (error: string): Answer<never> => ({ ok: false, error });

/** The page a request is answered for: the sender's own, never one the message names. */
async function senderPage(
  request: Request,
  caller: Caller,
  confirmPanel: ConfirmPanel,
): Promise<Answer<{ url: string; page?: PageContext }>> {
  if (caller.kind === 'docs') return ok({ url: caller.pageUrl });
  if (caller.kind !== 'panel') return refuse(NOT_ALLOWED);
  const panel = 'panel' in request ? request.panel : undefined;
  const page = panel ? await confirmPanel(caller.tabId, caller.frameId, panel) : undefined;
  if (!page) return refuse(PANEL_REFUSED);
  return ok({ url: caller.pageUrl, page: { ...page, url: caller.pageUrl } });
}

/** Cards the panel just took out of practice, kept so its Undo puts back the same schedule. */
const removedCards = new Map<string, StoredCard>();
const UNDO_MS = 30_000;

async function setPractising(id: string, on: boolean): Promise<boolean> {
  if (!on) {
    const card = await unpractise(id);
    if (card) {
      removedCards.set(id, card);
      setTimeout(() => removedCards.get(id) === card && removedCards.delete(id), UNDO_MS);
    }
    return false;
  }
  const removed = removedCards.get(id);
  removedCards.delete(id);
  if (removed) await restoreCard(removed);
  else await practise(id);
  return true;
}

const withoutFragment = (url: string) => url.split('#')[0] ?? url;

const samePage = (named: string | undefined, page: string) =>
  named === undefined || pageKey(named) === pageKey(page);

/**
 * Answers the docs content script and panel, which cannot open the database themselves, and the
 * extension's pages for what only the background does. Requests from a docs page are answered
 * for that page only.
 */
export async function handleRequest<R extends Request>(
  request: R,
  caller: Caller,
  confirmPanel: ConfirmPanel,
): Promise<Answer<Response<R>>>;
export async function handleRequest(
  request: Request,
  caller: Caller,
  confirmPanel: ConfirmPanel,
): Promise<Answer<Response<Request>>> {
  try {
    switch (request.type) {
      case 'badge:refresh':
        if (caller.kind !== 'extension') return refuse(NOT_ALLOWED);
        await refreshBadge();
        return ok(undefined);
      case 'snippet:open':
        // Sent from the notice injected into whatever page the selection was saved from, so
        // from any page; it only opens one of the user's own snippets in the library.
        await browser.tabs.create({
          url: browser.runtime.getURL(`/library.html#${routes.snippet(request.id)}`),
        });
        return ok(undefined);
      case 'docs:save-code': {
        if (caller.kind !== 'docs') return refuse(NOT_ALLOWED);
        const { text, title, languageHint, saveId } = request;
        const result = await saveCode(
          caller.tabId,
          { text, title, languageHint, url: caller.pageUrl },
          saveId,
        );
        return ok({
          saved: result.ok,
          existing: result.ok && result.existing,
          message: result.message,
        });
      }
      case 'search:refresh':
        if (caller.kind !== 'extension') return refuse(NOT_ALLOWED);
        // Answered when done: an open message keeps the worker alive while it rebuilds.
        await refreshStoredIndex();
        return ok(undefined);
      case 'sidebar:set-open':
        if (caller.kind !== 'docs') return refuse(NOT_ALLOWED);
        await setSetting('sidebarOpen', request.open);
        return ok(undefined);
      case 'sidebar:init': {
        if (caller.kind !== 'docs') return refuse(NOT_ALLOWED);
        if (!samePage(request.page.url, caller.pageUrl)) return refuse(OTHER_PAGE);
        const settings = await getSettings();
        if (!settings.sidebarEnabled) return ok({ enabled: false, open: false, count: 0 });
        const page = { ...request.page, url: caller.pageUrl };
        return ok({ enabled: true, open: settings.sidebarOpen, count: await pageItemCount(page) });
      }
      case 'panel:init': {
        if (caller.kind !== 'panel') return refuse(PANEL_REFUSED);
        const page = await confirmPanel(caller.tabId, caller.frameId, request.panel);
        if (!page || !samePage(page.url, caller.pageUrl)) return refuse(PANEL_REFUSED);
        return ok({ ...page, url: caller.pageUrl });
      }
      case 'page:items': {
        const page = await senderPage(request, caller, confirmPanel);
        if (!page.ok) return page;
        if (!samePage(request.url, page.value.url)) return refuse(OTHER_PAGE);
        return ok(await pageItems(page.value.url, page.value.page, request.shown));
      }
      case 'page:practising': {
        const page = await senderPage(request, caller, confirmPanel);
        if (!page.ok) return page;
        const cards = await Promise.all(request.ids.map((id) => getCard(id)));
        return ok(request.ids.filter((_, i) => cards[i] !== undefined));
      }
      case 'page:practise': {
        const page = await senderPage(request, caller, confirmPanel);
        if (!page.ok) return page;
        return ok(await setPractising(request.id, request.on));
      }
      case 'page:add-note': {
        const page = await senderPage(request, caller, confirmPanel);
        if (!page.ok) return page;
        if (!samePage(request.pageUrl, page.value.url)) return refuse(OTHER_PAGE);
        const input = {
          title: request.title,
          body: request.body,
          pageUrl: withoutFragment(page.value.url),
        };
        return ok(
          request.saveId ? await createNoteOnce(request.saveId, input) : await createNote(input),
        );
      }
    }
  } catch (error) {
    return refuse(userMessage(error));
  }
}
