import { parseSearchId } from '../data/records/ids';

/**
 * The library's pages and their addresses (the part of its URL after `#`). Every link into the
 * library is built here and every address is read here, so the two cannot drift apart.
 */
export interface NoteAttachment {
  sectionId?: string;
  pageUrl?: string;
  stackId?: string;
}

export type LibraryRoute =
  | {
      page:
        'browse' | 'mine' | 'review' | 'progress' | 'backup' | 'install' | 'new-stack' | 'missing';
    }
  | {
      page: 'stack' | 'section' | 'note' | 'edit' | 'snippet';
      id: string;
      /** The search that led here: the view lands on the line that answers it. */
      query?: string;
    }
  | { page: 'new'; attach: NoteAttachment };

const path = (page: string, id: string) =>
  `/${page}/${id.split('/').map(encodeURIComponent).join('/')}`;

/** Query parameters of a new note's attachments. */
const ATTACH_PARAMS = { sectionId: 'section', pageUrl: 'page', stackId: 'stack' } as const;

export const routes = {
  browse: '/',
  mine: '/mine',
  review: '/review',
  progress: '/progress',
  backup: '/backup',
  install: '/install',
  newStack: '/new-stack',
  stack: (id: string) => path('stack', id),
  section: (id: string) => path('section', id),
  note: (id: string) => path('note', id),
  editNote: (id: string) => path('edit', id),
  snippet: (id: string) => path('snippet', id),
  newNote: (attach: NoteAttachment = {}) => {
    const params = new URLSearchParams();
    for (const [key, name] of Object.entries(ATTACH_PARAMS)) {
      const value = attach[key as keyof NoteAttachment];
      if (value) params.set(name, value);
    }
    const query = params.toString();
    return query ? `/new?${query}` : '/new';
  },
  /**
   * Where a search result or practice card (by its search id) is shown in full; with the query
   * that found it, the view lands on the line that answers it.
   */
  item: (searchId: string, query?: string) => {
    const { kind, id } = parseSearchId(searchId);
    const search = query?.trim() ? `?${new URLSearchParams({ q: query.trim() })}` : '';
    return path(kind, id) + search;
  },
};

const SINGLE_PAGES = ['mine', 'review', 'progress', 'backup', 'install', 'new-stack'] as const;
const ITEM_PAGES = ['stack', 'section', 'note', 'edit', 'snippet'] as const;

/** Reads a library address (`#/section/django/orm`, `/new?section=…`) back into its page. */
export function parseRoute(hash: string): LibraryRoute {
  const [address = '', query = ''] = hash.replace(/^#?\/?/, '').split('?');
  let parts: string[];
  try {
    parts = address.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return { page: 'missing' };
  }
  const [page = '', ...rest] = parts;
  const id = rest.join('/');
  if (page === '' && !id) return { page: 'browse' };
  const single = SINGLE_PAGES.find((p) => p === page);
  if (single && !id) return { page: single };
  const item = ITEM_PAGES.find((p) => p === page);
  if (item && id) {
    const search = new URLSearchParams(query).get('q');
    return search ? { page: item, id, query: search } : { page: item, id };
  }
  if (page === 'new' && !id) {
    const params = new URLSearchParams(query);
    const attach: NoteAttachment = {};
    for (const [key, name] of Object.entries(ATTACH_PARAMS)) {
      const value = params.get(name);
      if (value) attach[key as keyof NoteAttachment] = value;
    }
    return { page: 'new', attach };
  }
  return { page: 'missing' };
}

/** A link inside the library page itself. */
export const hashHref = (route: string): string => `#${route}`;

/** A link to the library from another extension page (popup, panel). */
export const libraryHref = (route: string): string => `/library.html#${route}`;
