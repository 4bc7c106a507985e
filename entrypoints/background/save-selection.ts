import { toolbar } from './toolbar';
import { browser, type Browser } from 'wxt/browser';
import { selectionProblem, snippetLanguage } from '../../data/capture/capture';
import { userMessage } from '../../data/records/errors';
import type { Snippet } from '../../data/records/model';
import { MAX_SNIPPET_CHARS } from '../../data/records/limits';
import { saveSnippetOnce, SnippetTooLargeError } from '../../data/records/snippets';
import { readSelection, showNotice, type RawSelection } from './page-scripts';

export type SaveResult =
  | { ok: true; snippet: Snippet; message: string; existing: boolean }
  | { ok: false; message: string };

export interface SaveRequest {
  tab?: Browser.tabs.Tab;
  /** The context menu's copy of the selection: whitespace collapsed, but available on any page. */
  menuText?: string;
  /** The menu's page address: known even where the tab's is not exposed. */
  pageUrl?: string;
  frameId?: number;
}

const MESSAGES = {
  saved: 'Saved to DevRecall.',
  savedPlain:
    'Saved to DevRecall as plain text: this page does not let extensions read it, so line breaks may be lost.',
  empty: 'Nothing is selected: select some text, then save it to DevRecall.',
  unreadable:
    'DevRecall cannot read this page (browser pages, the extension store and PDF viewers are off limits). Select the text and use the context menu instead.',
  noTab: 'There is no page to save from.',
  existing: 'Already in DevRecall: you saved this from this page before.',
};

/** Reads the selection in the page; undefined where the browser does not let scripts run. */
async function readInPage(tabId: number, frameId = 0): Promise<RawSelection | undefined> {
  try {
    const [frame] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [frameId] },
      func: readSelection,
      args: [MAX_SNIPPET_CHARS],
    });
    return frame?.result as RawSelection | undefined;
  } catch {
    return undefined;
  }
}

/**
 * The save path behind both the context menu and the keyboard command: capture the selection with
 * its whitespace, store it with its page, and tell the user what happened.
 */
export async function saveSelection({
  tab,
  menuText,
  pageUrl,
  frameId,
}: SaveRequest): Promise<SaveResult> {
  if (tab?.id === undefined) return { ok: false, message: MESSAGES.noTab };
  const inPage = await readInPage(tab.id, frameId);
  const result = await store(tab, inPage, menuText, pageUrl ?? tab.url ?? '');
  await announce(tab.id, result, inPage !== undefined);
  return result;
}

/**
 * The docs page's "Save" button on a code block: the block's text as the page has it, stored
 * and announced exactly like a selection of it.
 */
export async function saveCode(
  tabId: number,
  code: RawSelection,
  saveId?: string,
): Promise<SaveResult> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (!tab) return { ok: false, message: MESSAGES.noTab };
  const result = await store(tab, code, undefined, code.url, saveId);
  await announce(tabId, result, true);
  return result;
}

async function store(
  tab: Browser.tabs.Tab,
  inPage: RawSelection | undefined,
  menuText: string | undefined,
  pageUrl: string,
  saveId?: string,
): Promise<SaveResult> {
  if (inPage?.tooLargeLength) {
    return { ok: false, message: new SnippetTooLargeError(inPage.tooLargeLength).message };
  }
  const fromPage = inPage?.text ? inPage : undefined;
  if (!fromPage && menuText === undefined) {
    return { ok: false, message: inPage ? MESSAGES.empty : MESSAGES.unreadable };
  }
  // Where the page could not be read (or the selection sits in a frame it could not see), the
  // menu's copy of the text is still worth keeping.
  const selection = fromPage ?? { text: menuText ?? '', url: pageUrl, title: tab.title ?? '' };
  const problem = selectionProblem(selection.text);
  if (problem?.kind === 'empty') return { ok: false, message: MESSAGES.empty };
  if (problem?.kind === 'too-large') {
    return { ok: false, message: new SnippetTooLargeError(problem.length).message };
  }
  try {
    const { snippet, existing } = await saveSnippetOnce(
      {
        text: selection.text,
        language: snippetLanguage(selection),
        pageUrl: selection.url || pageUrl,
        pageTitle: selection.title || tab.title || '',
      },
      Date.now(),
      saveId,
    );
    const message = existing ? MESSAGES.existing : fromPage ? MESSAGES.saved : MESSAGES.savedPlain;
    return { ok: true, snippet, existing, message };
  } catch (error) {
    return { ok: false, message: `Nothing was saved. ${userMessage(error)}` };
  }
}

const BADGE_MS = 4000;

async function announce(tabId: number, result: SaveResult, canScript: boolean): Promise<void> {
  await Promise.allSettled([
    toolbar.setBadgeText({ tabId, text: result.ok ? '✓' : '!' }),
    toolbar.setBadgeBackgroundColor({ tabId, color: result.ok ? '#0b6e4f' : '#b42318' }),
    toolbar.setTitle({ tabId, title: `DevRecall — ${result.message}` }),
    canScript &&
      browser.scripting.executeScript({
        target: { tabId },
        func: showNotice,
        args: [result.message, result.ok, result.ok && result.existing ? result.snippet.id : ''],
      }),
  ]);
  setTimeout(() => {
    // Chrome and Firefox take null to hand the tab back to the global badge (the due-card count);
    // the type definitions only list strings.
    const reset = null as unknown as string;
    void toolbar.setBadgeText({ tabId, text: reset }).catch(() => undefined);
    void toolbar.setTitle({ tabId, title: reset }).catch(() => undefined);
  }, BADGE_MS);
}
