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

/**
 * A page address as the user typed it, made absolute: `docs.djangoproject.com/en/5.2/` becomes
 * `https://docs.djangoproject.com/en/5.2/`. Throws a sentence the user can act on for anything that
 * is not a web address, so a note is never attached to a link that goes nowhere.
 */
export function normalisePageUrl(typed: string): string | undefined {
  const trimmed = typed.trim();
  if (!trimmed) return undefined;
  const withScheme =
    /^[a-z][a-z\d+.-]*:/i.test(trimmed) && !/^[^/:]+:\d/.test(trimmed)
      ? trimmed
      : `https://${trimmed.replace(/^\/+/, '')}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new Error(
      `“${trimmed}” is not a web address. Use one like https://docs.djangoproject.com/…`,
    );
  }
  const host = url.hostname;
  if (
    (url.protocol !== 'https:' && url.protocol !== 'http:') ||
    !(host === 'localhost' || host.includes('.') || host.startsWith('['))
  ) {
    throw new Error(
      `“${trimmed}” is not a web address. Use one like https://docs.djangoproject.com/…`,
    );
  }
  return url.href;
}
