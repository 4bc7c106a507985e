// The library the start-up benchmarks open the popup on, put straight into a browser profile.
import type { Page } from 'playwright-core';

/** The note searched for: every library size holds it, and only it has the word typed. */
export const TARGET = {
  id: 'bench-target',
  title: 'Rotating the token signing key',
  body: 'Keep the old key valid for a day after a keyrotation so sessions survive.',
  tags: ['auth'],
  createdAt: Date.UTC(2023, 0, 1),
  updatedAt: Date.UTC(2023, 0, 1),
};
export const TARGET_QUERY = 'keyrotation';

/** The bundled-only query, on a fresh profile, and the section that answers it. */
export const BUNDLED_QUERY = 'select_rel';
export const BUNDLED_TARGET = 'django/orm';

/**
 * Asks the background to bring the stored index up to date and waits for it, as happens after an
 * import. Records put with raw IndexedDB bypass the write journal, so this is a full rebuild.
 */
export async function refreshIndex(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const started = performance.now();
    await chrome.runtime.sendMessage({ type: 'search:refresh' });
    return performance.now() - started;
  });
}
