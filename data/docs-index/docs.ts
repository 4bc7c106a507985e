import type { SearchDoc } from '../search/types';
import type { DocsIndexData } from './format';

/** The Django version the bundled index was built from, and the default for docs links. */
export const PINNED_DJANGO_VERSION = '5.2';

/** What each kind of entry is called, shown in results and searchable (`url tag`). */
export const KIND_NAMES: Record<string, string> = {
  page: 'page',
  section: 'section',
  function: 'function',
  class: 'class',
  method: 'method',
  attribute: 'attribute',
  exception: 'exception',
  data: 'data',
  module: 'module',
  signal: 'signal',
  setting: 'setting',
  templatetag: 'template tag',
  templatefilter: 'template filter',
  fieldlookup: 'field lookup',
  command: 'django-admin command',
};

/** Short names of the docs sources, as people say them. */
const SOURCE_LABEL: Record<string, string> = { django: 'Django', drf: 'DRF' };

/**
 * Every docs entry as a search document, addressed at the version the index was built from. An
 * entry at the same address as an earlier one (the docs document a few names twice on one page)
 * is left out: one address, one result.
 */
export function docsSearchDocs(data: DocsIndexData): SearchDoc[] {
  const seen = new Set<string>();
  return data.entries.flatMap(([page, kind, title, anchor, summary]) => {
    const [sourceIndex, path, pageTitle] = data.pages[page] as DocsIndexData['pages'][number];
    const source = data.sources[sourceIndex] as DocsIndexData['sources'][number];
    const kindName = KIND_NAMES[data.kinds[kind] as string] ?? '';
    const base = source.base.replace('{version}', source.version);
    const label = SOURCE_LABEL[source.id] ?? source.name;
    const id = `docs:${source.id}/${path}${anchor ? `#${anchor}` : ''}`;
    if (seen.has(id)) return [];
    seen.add(id);
    return {
      id,
      kind: 'docs',
      title,
      context: anchor ? `${label} › ${pageTitle}` : `${label} ${source.version}`,
      // A page is the place a topic lives: its title counts twice over its own sections'.
      keywords: anchor ? [] : [title],
      // The dotted path of an object (`django.db.models.F`) names it as much as its title.
      text: [summary, kindName, anchor.includes('.') ? anchor : ''].join('\n'),
      code: '',
      url: `${base}${path}${anchor ? `#${anchor}` : ''}`,
    };
  });
}

/**
 * A docs address at the version the user reads: Django links move from the pinned version to
 * `stable`, `dev` or another release and keep their anchor; other sites are left as they are.
 */
export function docsUrlAt(url: string, version: string): string {
  const pinned = `https://docs.djangoproject.com/en/${PINNED_DJANGO_VERSION}/`;
  if (!url.startsWith(pinned) || version === PINNED_DJANGO_VERSION) return url;
  return `https://docs.djangoproject.com/en/${version}/${url.slice(pinned.length)}`;
}

/** The docs' own search page for a query, at the version the user reads. */
export function docsSearchUrl(query: string, version: string): string {
  return `https://docs.djangoproject.com/en/${version}/search/?q=${encodeURIComponent(query.trim())}`;
}

/** Whether a docs version setting is one the docs site serves (`5.2`, `4.2`, `stable`, `dev`). */
export function isDocsVersion(version: string): boolean {
  return /^(\d+\.\d+|stable|dev)$/.test(version);
}
