import type { CDPSession, Page } from 'playwright-core';

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

/**
 * Installed before any page script runs: types `query` into the search box as a quick user would,
 * the moment its first frame is on screen and it has the focus, as editing input (the `input`
 * events a typed key gives), with no round trip to the test driver. Records when that frame was
 * (`boxShown`).
 */
export function typeOnceShown(query: string) {
  // No named functions inside: the page gets this function's source, without the bundler's helpers.
  const watch = new MutationObserver(() => {
    const box = document.querySelector('[role=combobox]');
    if (!box) return;
    watch.disconnect();
    // The frame after this rAF is the box's first on screen; the timeout runs once it is painted.
    requestAnimationFrame(() =>
      setTimeout(() => {
        Object.assign(window, { __boxShown: performance.now() });
        if (document.activeElement === box) document.execCommand('insertText', false, query);
        else {
          // Into the box that takes the focus: popup.html's own, or the one that replaced it.
          let typed = false;
          document.addEventListener('focusin', (event) => {
            if (typed || !(event.target as Element).matches('[role=combobox]')) return;
            typed = true;
            document.execCommand('insertText', false, query);
          });
        }
      }, 0),
    );
  });
  watch.observe(document, { childList: true, subtree: true });
}

/** When the search box's first frame was on screen, in a page typed into by `typeOnceShown`. */
export function boxShown(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __boxShown?: number }).__boxShown ?? NaN);
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

/**
 * Follows the dedicated workers a page starts (the docs index's), to read their JS heap beside the
 * page's: call before the page loads; the returned function collects garbage in each and sums
 * their used heap (MB).
 */
export async function workerHeaps(cdp: CDPSession): Promise<() => Promise<number>> {
  const workers: string[] = [];
  const waiting = new Map<number, (result: unknown) => void>();
  let nextId = 0;
  cdp.on('Target.attachedToTarget', ({ sessionId, targetInfo }) => {
    if (targetInfo.type === 'worker') workers.push(sessionId);
  });
  cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
    const { id, result } = JSON.parse(message) as { id: number; result: unknown };
    waiting.get(id)?.(result);
    waiting.delete(id);
  });
  const call = (sessionId: string, method: string) =>
    new Promise<unknown>((resolve) => {
      const id = ++nextId;
      waiting.set(id, resolve);
      void cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method }),
      });
    });
  await cdp.send('Target.setAutoAttach', {
    autoAttach: true,
    waitForDebuggerOnStart: false,
    flatten: false,
  });
  return async () => {
    let used = 0;
    for (const sessionId of workers) {
      await call(sessionId, 'HeapProfiler.collectGarbage');
      used += ((await call(sessionId, 'Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
    }
    return used / 1e6;
  };
}
