import { docsPageKey } from './docs-page';

/**
 * One key for every copy of a page: Django docs pages share a key across versions and languages
 * (`docs:topics/db/queries`), other pages are keyed by their URL without the fragment.
 */
export function pageKey(url: string): string {
  const docs = docsPageKey(url);
  if (docs !== undefined) return `docs:${docs}`;
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return url;
  }
}
