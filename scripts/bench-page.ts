import type { Page } from 'playwright-core';

export function table(title: string, head: string[], rows: (string | number)[][]) {
  console.log(`\n### ${title}\n`);
  console.log(`| ${head.join(' | ')} |`);
  console.log(`| ${head.map(() => '---').join(' | ')} |`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
}

/**
 * Installed before any page script runs: records, per selector, the first moment it matches, so
 * the figures are the page's own timeline rather than the test driver's polling.
 */
export function watchSelectors(selectors: string[]) {
  const seen: Record<string, number> = {};
  Object.assign(window, { __firstSeen: seen });
  // When the first typed text reached the page (`firstInput`).
  document.addEventListener(
    'input',
    () => Object.assign(window, { __firstInput: performance.now() }),
    { capture: true, once: true },
  );
  new MutationObserver(() => {
    for (const selector of selectors) {
      if (seen[selector] === undefined && document.querySelector(selector)) {
        seen[selector] = performance.now();
      }
    }
  }).observe(document, { childList: true, subtree: true });
}

export async function firstSeen(page: Page, selector: string, timeout = 60_000): Promise<number> {
  await page.locator(selector).first().waitFor({ state: 'attached', timeout });
  return page.evaluate(
    (sel) => (window as unknown as { __firstSeen: Record<string, number> }).__firstSeen[sel] ?? NaN,
    selector,
  );
}

/** When the first typed text reached a page watched by `watchSelectors` (ms from navigation start). */
export function firstInput(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __firstInput?: number }).__firstInput ?? NaN);
}
