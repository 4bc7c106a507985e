/** A base no real address uses, to tell relative addresses (inside the app) from absolute ones. */
const APP_BASE = 'relative://app/';

/** An http(s) address: the only kind of outside address the app turns into a link. */
export function isWebUrl(href: string): boolean {
  try {
    return /^https?:$/.test(new URL(href).protocol);
  } catch {
    return false;
  }
}

/**
 * Whether an address in the user's content may become a link: http(s), or a relative address
 * inside the app. `javascript:`, `vbscript:`, `data:` and every other scheme stay text. Parsing
 * with the URL standard sees the scheme the way the browser would (case, spaces, tabs).
 */
export function isSafeHref(href: string): boolean {
  if (isWebUrl(href)) return true;
  try {
    const url = new URL(href, APP_BASE);
    return url.protocol === 'relative:' && url.host === 'app';
  } catch {
    return false;
  }
}
