import type { Snippet, UserNote } from '../records/model';
import type { PageContext } from '../docs/docs-page';
import type { PagePart, VersionMark } from '../docs/stale';
import type { ItemAbout } from '../docs/user-items';
import { MAX_ID_CHARS, MAX_SNIPPET_CHARS } from '../records/limits';
import type { Section } from '../stacks/content';

/**
 * Requests to the background from the docs content script (which runs in the docs site's origin)
 * and from the docs panel (an extension page framed by the docs site, where the browser may deny
 * storage). Only the background opens the database for them, and it answers for the page the
 * sender is on (see `sender.ts`): a page named in a request must be that page.
 */
export type Request =
  | { type: 'sidebar:init'; page: PageContext }
  | { type: 'sidebar:set-open'; open: boolean }
  | { type: 'panel:init'; panel: string }
  /** `shown`: how many of the items saved on the page to send, newest first. */
  | { type: 'page:items'; panel?: string; url?: string; shown?: number }
  /**
   * `saveId`, chosen by the sender, becomes the note's id: the same save sent again (its answer was
   * lost with a stopped background) finds the note rather than adding a second.
   */
  | {
      type: 'page:add-note';
      panel?: string;
      title: string;
      body: string;
      pageUrl?: string;
      saveId?: string;
    }
  /** Which of these items (card ids: section ids, `note:…`, `snippet:…`) are in practice. */
  | { type: 'page:practising'; panel: string; ids: string[] }
  /** Adds an item to practice, or takes it out; adding right after taking out is Undo. */
  | { type: 'page:practise'; panel: string; id: string; on: boolean }
  | { type: 'badge:refresh' }
  /** From the "Open it" button of the notice shown after saving a selection again. */
  | { type: 'snippet:open'; id: string }
  /** The "Save" button on a docs page's code block: the block's text and its language class. */
  | {
      type: 'docs:save-code';
      text: string;
      title: string;
      languageHint?: string;
      /** As for `page:add-note`: becomes the snippet's id. */
      saveId?: string;
    }
  | { type: 'search:refresh' };

export interface SidebarInit {
  enabled: boolean;
  open: boolean;
  /** Related sections of every stack plus the user's notes and snippets for this page. */
  count: number;
}

/** A section of a bundled, written or installed stack that the page is about, and why. */
export interface RelatedItem {
  section: Section;
  /** Where it lives: "Django › Models, Views & URLs". */
  context: string;
  reason: string;
}

export interface PageItems {
  /** Sections of every stack the page is about, best first (none without the page's context). */
  related: RelatedItem[];
  /** Saved on this page, in any version or language: the newest asked for, and how many in all. */
  notes: UserNote[];
  snippets: Snippet[];
  notesTotal: number;
  snippetsTotal: number;
  /** Saved elsewhere or nowhere, about this page's subject, best first. */
  about: ItemAbout[];
}

export interface Responses {
  'sidebar:init': SidebarInit;
  'sidebar:set-open': undefined;
  /** The docs page the panel sits in, as its content script read it. */
  'panel:init': PageContext;
  'page:items': PageItems;
  'page:add-note': UserNote;
  'page:practising': string[];
  'page:practise': boolean;
  'badge:refresh': undefined;
  'snippet:open': undefined;
  'docs:save-code': CodeSaved;
  'search:refresh': undefined;
}

/** What the code block's button tells the reader after a save. */
export interface CodeSaved {
  saved: boolean;
  existing: boolean;
  message: string;
}

export type Response<R extends Request> = Responses[R['type']];

/** Every answer from the background: the value, or why there is none. */
export type Answer<T> = { ok: true; value: T } | { ok: false; error: string };

/** Sent by the background to a docs tab's content script. */
export type SidebarCommand =
  | { type: 'sidebar:toggle' }
  /**
   * Asks whether `panel` is the secret the content script gave its panel frame; the frame that
   * first presents it keeps it. The answer is the page's context, or null.
   */
  | { type: 'sidebar:panel'; panel: string; frameId: number };

/** Panel iframe ⇄ content script, over postMessage. */
export type PanelMessage =
  | { devrecall: 'close' }
  /** The panel listens: a theme the page announced while it loaded would have been missed. */
  | { devrecall: 'ready' }
  | { devrecall: 'theme'; theme: string }
  /** Scrolls the docs page to its `mark`th version mark (see `readPageParts`). */
  | { devrecall: 'show-mark'; mark: number };

/** Generous bounds on what a docs page can hand over; real pages are far below them. */
export const MAX_TEXT = 100_000;
const MAX_HEADINGS = 2_000;
/** Notes are checked again, with their own limits, where they are written. */
const MAX_NOTE_FIELD = 1_000_000;
const MAX_URL = 4_096;
/** More items than a panel ever lists. */
const MAX_IDS = 1_000;
/** Items saved on a page that the panel shows at first, and how many more each "Show more" adds. */
export const PAGE_ITEMS_SHOWN = 20;
/** Items saved on one page sent at once, at most: notes and snippets both listed stay under `MAX_IDS`. */
export const MAX_SHOWN = 400;

const isString = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length <= max;
const isOptionalString = (value: unknown, max: number) =>
  value === undefined || isString(value, max);

/** A save id is a random UUID, as `crypto.randomUUID()` makes them. */
const isOptionalSaveId = (value: unknown) =>
  value === undefined ||
  (typeof value === 'string' &&
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(value));

export function isPageContext(value: unknown): value is PageContext {
  if (typeof value !== 'object' || value === null) return false;
  const page = value as Record<string, unknown>;
  return (
    isString(page.url, MAX_URL) &&
    isString(page.title, MAX_TEXT) &&
    isString(page.text, MAX_TEXT) &&
    isOptionalString(page.body, MAX_TEXT) &&
    Array.isArray(page.headings) &&
    page.headings.length <= MAX_HEADINGS &&
    page.headings.every((heading) => isString(heading, MAX_TEXT)) &&
    (page.parts === undefined ||
      (Array.isArray(page.parts) &&
        page.parts.length <= MAX_HEADINGS &&
        page.parts.every(isPagePart)))
  );
}

const isVersionMark = (value: unknown): value is VersionMark => {
  const mark = value as Partial<Record<string, unknown>> | null;
  return (
    typeof mark === 'object' &&
    mark !== null &&
    (mark.kind === 'changed' || mark.kind === 'deprecated') &&
    isString(mark.version, 20) &&
    Number.isInteger(mark.index)
  );
};

function isPagePart(value: unknown): value is PagePart {
  const part = value as Partial<Record<string, unknown>> | null;
  return (
    typeof part === 'object' &&
    part !== null &&
    isString(part.anchor, MAX_URL) &&
    isString(part.title, MAX_TEXT) &&
    Number.isInteger(part.depth) &&
    isString(part.text, MAX_TEXT) &&
    Array.isArray(part.marks) &&
    part.marks.length <= MAX_HEADINGS &&
    part.marks.every(isVersionMark)
  );
}

const FIELDS: Record<Request['type'], readonly string[]> = {
  'sidebar:init': ['page'],
  'sidebar:set-open': ['open'],
  'panel:init': ['panel'],
  'page:items': ['panel', 'url', 'shown'],
  'page:add-note': ['panel', 'title', 'body', 'pageUrl', 'saveId'],
  'page:practising': ['panel', 'ids'],
  'page:practise': ['panel', 'id', 'on'],
  'badge:refresh': [],
  'snippet:open': ['id'],
  'docs:save-code': ['text', 'title', 'languageHint', 'saveId'],
  'search:refresh': [],
};

/** Checks a message's shape and sizes before the background acts on it; unknown fields fail. */
export function isRequest(message: unknown): message is Request {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return false;
  const m = message as Record<string, unknown>;
  if (typeof m.type !== 'string' || !Object.hasOwn(FIELDS, m.type)) return false;
  const allowed = FIELDS[m.type as Request['type']];
  if (Object.keys(m).some((key) => key !== 'type' && !allowed.includes(key))) return false;
  switch (m.type as Request['type']) {
    case 'sidebar:init':
      return isPageContext(m.page);
    case 'sidebar:set-open':
      return typeof m.open === 'boolean';
    case 'panel:init':
      return isString(m.panel, MAX_URL);
    case 'page:items':
      return (
        isOptionalString(m.panel, MAX_URL) &&
        isOptionalString(m.url, MAX_URL) &&
        (m.shown === undefined ||
          (Number.isInteger(m.shown) &&
            (m.shown as number) >= 0 &&
            (m.shown as number) <= MAX_SHOWN))
      );
    case 'page:add-note':
      return (
        isOptionalString(m.panel, MAX_URL) &&
        isString(m.title, MAX_NOTE_FIELD) &&
        isString(m.body, MAX_NOTE_FIELD) &&
        isOptionalString(m.pageUrl, MAX_URL) &&
        isOptionalSaveId(m.saveId)
      );
    case 'page:practising':
      return (
        isString(m.panel, MAX_URL) &&
        Array.isArray(m.ids) &&
        m.ids.length <= MAX_IDS &&
        m.ids.every((id) => isString(id, MAX_ID_CHARS))
      );
    case 'page:practise':
      return (
        isString(m.panel, MAX_URL) && isString(m.id, MAX_ID_CHARS) && typeof m.on === 'boolean'
      );
    case 'badge:refresh':
    case 'search:refresh':
      return true;
    case 'snippet:open':
      return isString(m.id, MAX_URL);
    case 'docs:save-code':
      return (
        isString(m.text, MAX_SNIPPET_CHARS) &&
        isString(m.title, MAX_TEXT) &&
        isOptionalString(m.languageHint, MAX_URL) &&
        isOptionalSaveId(m.saveId)
      );
  }
}

export function isSidebarCommand(message: unknown): message is SidebarCommand {
  const m = message as Partial<Record<string, unknown>> | null;
  if (m?.type === 'sidebar:toggle') return true;
  return (
    m?.type === 'sidebar:panel' && typeof m.panel === 'string' && typeof m.frameId === 'number'
  );
}
