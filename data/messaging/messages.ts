import type { Snippet, UserNote } from '../records/model';
import type { PageContext } from '../docs/docs-page';

/**
 * Requests to the background from the docs content script (which runs in the docs site's origin)
 * and from the docs panel (an extension page framed by the docs site, where the browser may deny
 * storage). Only the background opens the database for them.
 */
export type Request =
  | { type: 'sidebar:init'; page: PageContext }
  | { type: 'sidebar:set-open'; open: boolean }
  | { type: 'page:items'; url: string }
  | { type: 'page:add-note'; title: string; body: string; pageUrl: string }
  | { type: 'badge:refresh' };

export interface SidebarInit {
  enabled: boolean;
  open: boolean;
  /** Related bundled sections plus the user's notes and snippets for this page. */
  count: number;
}

export interface PageItems {
  notes: UserNote[];
  snippets: Snippet[];
}

export type AddNoteResult = { ok: true; note: UserNote } | { ok: false; error: string };

export interface Responses {
  'sidebar:init': SidebarInit;
  'sidebar:set-open': undefined;
  'page:items': PageItems;
  'page:add-note': AddNoteResult;
  'badge:refresh': undefined;
}

export type Response<R extends Request> = Responses[R['type']];

/** Sent by the background to a docs tab when the toggle shortcut is pressed. */
export type SidebarCommand = { type: 'sidebar:toggle' };

/** Panel iframe ⇄ content script, over postMessage. */
export type PanelMessage = { devrecall: 'close' } | { devrecall: 'theme'; theme: string };

const isString = (value: unknown): value is string => typeof value === 'string';

function isPageContext(value: unknown): value is PageContext {
  const page = value as Partial<PageContext> | null;
  return (
    isString(page?.url) &&
    isString(page.title) &&
    isString(page.text) &&
    Array.isArray(page.headings) &&
    page.headings.every(isString)
  );
}

/** Checks a message's shape before the background acts on it. */
export function isRequest(message: unknown): message is Request {
  if (typeof message !== 'object' || message === null || !('type' in message)) return false;
  const m = message as Record<string, unknown>;
  switch (m.type) {
    case 'sidebar:init':
      return isPageContext(m.page);
    case 'sidebar:set-open':
      return typeof m.open === 'boolean';
    case 'page:items':
      return isString(m.url);
    case 'page:add-note':
      return isString(m.title) && isString(m.body) && isString(m.pageUrl);
    case 'badge:refresh':
      return true;
    default:
      return false;
  }
}
