import { docsPageKey } from '../docs/docs-page';

/** What the browser says about a message's sender (`runtime.MessageSender`); never the message. */
export interface SenderFacts {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

/**
 * Who asked, as the browser reports it:
 * - `docs`: the content script in the top frame of a docs.djangoproject.com tab, on `pageUrl`;
 * - `panel`: the docs panel framed in such a tab (still to prove it is the content script's own
 *   frame, with the secret the content script handed it);
 * - `extension`: one of the extension's own pages (library, popup, options);
 * - `unknown`: anything else, such as the panel page opened on its own or in another site's tab.
 */
export type Caller =
  | { kind: 'docs'; tabId: number; pageUrl: string }
  | { kind: 'panel'; tabId: number; frameId: number; pageUrl: string }
  | { kind: 'extension' }
  | { kind: 'unknown' };

export const PANEL_PATH = '/docs-panel.html';

/** A docs.djangoproject.com page over https, the only site the sidebar serves. */
export function isDocsPage(url: string | undefined): url is string {
  if (url === undefined || docsPageKey(url) === undefined) return false;
  return new URL(url).protocol === 'https:';
}

export function callerOf(sender: SenderFacts, extensionId: string): Caller {
  const unknown = { kind: 'unknown' } as const;
  if (sender.id !== extensionId || sender.url === undefined) return unknown;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return unknown;
  }
  const tabId = sender.tab?.id;
  const tabUrl = sender.tab?.url;

  if (url.protocol === 'https:' || url.protocol === 'http:') {
    // A content script: the browser reports the URL of the frame it runs in. Ours runs only in
    // the top frame of docs pages. (Our pages have our scheme, under our id or the per-session
    // id the browser gives web-accessible pages.)
    if (tabId === undefined || sender.frameId !== 0 || !isDocsPage(sender.url)) return unknown;
    return { kind: 'docs', tabId, pageUrl: sender.url };
  }
  if (url.pathname === PANEL_PATH) {
    if (tabId === undefined || !sender.frameId || !isDocsPage(tabUrl)) return unknown;
    return { kind: 'panel', tabId, frameId: sender.frameId, pageUrl: tabUrl };
  }
  // The extension's own pages, top-level in a tab or in the toolbar popup (which has no tab).
  return sender.frameId === undefined || sender.frameId === 0 ? { kind: 'extension' } : unknown;
}
