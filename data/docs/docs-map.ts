import django from './maps/django-5.2.json';

/**
 * A stack's sections assigned to the pages of one version of a docs tree, page by page from the
 * docs' own table of contents: where a map covers a page, it decides which of its stack's sections
 * show there (none included); elsewhere (a page added since, another site) the matcher does.
 */
export interface DocsMap {
  /** The stack whose sections the map assigns. */
  stack: string;
  /**
   * The docs version whose tree it covers (its tests check it against the docs index). It serves
   * every version and language: page paths are the same across them.
   */
  version: string;
  /**
   * Page path (as `docsPageKey` gives it) → section ids, most relevant first; `[]` when none fits.
   * A key ending in `/*` covers every page below it that has no entry of its own.
   */
  pages: Readonly<Record<string, readonly string[]>>;
}

export const BUNDLED_DOCS_MAPS: readonly DocsMap[] = [django];

/** The sections `map` assigns to the page at `path`, or undefined when the map does not cover it. */
export function mappedSections(map: DocsMap, path: string): readonly string[] | undefined {
  // Own keys only: a page path such as `constructor` is not the object's.
  const entry = (key: string) => (Object.hasOwn(map.pages, key) ? map.pages[key] : undefined);
  const own = entry(path);
  if (own) return own;
  const parts = path.split('/');
  for (let depth = parts.length - 1; depth > 0; depth--) {
    const below = entry(`${parts.slice(0, depth).join('/')}/*`);
    if (below) return below;
  }
  return undefined;
}
