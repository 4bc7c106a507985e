import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { putRecords } from './db';
import { launchExtension, type LoadedExtension } from './extension';

let ext: LoadedExtension;
let library: Page;

const python = Array.from(
  { length: 2200 },
  (_, i) => `def handler_${i}(request):\n    return render(request, "page_${i}.html")\n`,
)
  .join('')
  .slice(0, 99_000);
const oneWord = `const ${'a'.repeat(99_000)} = 1;`;

function snippet(id: string, text: string, language: string) {
  return {
    id,
    text,
    language,
    pageUrl: 'https://example.com/big',
    pageTitle: 'Big',
    pageKey: 'https://example.com/big',
    note: '',
    tags: [],
    createdAt: 1,
    updatedAt: 1,
  };
}

beforeAll(async () => {
  ext = await launchExtension();
  library = await ext.openPage('library.html#/mine');
  await library.getByRole('heading', { level: 1 }).first().waitFor();
  await putRecords(library, 'snippets', [
    snippet('big-python', python, 'python'),
    snippet('big-word', oneWord, 'javascript'),
  ]);
});
afterAll(async () => ext?.close());

/** Opens the snippet in the library already loaded, and returns the longest task while it showed. */
async function longestTaskWhileOpening(id: string, done: (page: Page) => Promise<void>) {
  await library.evaluate(() => (location.hash = '#/mine'));
  await library.getByRole('heading', { level: 1 }).first().waitFor();
  await library.evaluate(() => {
    const w = window as unknown as { longTasks: number[]; observer?: PerformanceObserver };
    w.longTasks = [];
    w.observer?.disconnect();
    w.observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
    });
    w.observer.observe({ type: 'longtask' });
  });
  await library.evaluate((hash) => (location.hash = hash), `#/snippet/${id}`);
  await done(library);
  // Long tasks are reported after they end: give the observer a moment.
  await library.waitForTimeout(300);
  return library.evaluate(() =>
    Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks),
  );
}

/**
 * The longest task of the best of three openings: a task the machine stretched once (another
 * process took the core) does not count, while a page that blocks on every opening does.
 */
async function longestTask(id: string, done: (page: Page) => Promise<void>) {
  let best = Infinity;
  for (let attempt = 0; attempt < 3 && best >= 100; attempt++) {
    best = Math.min(best, await longestTaskWhileOpening(id, done));
  }
  return best;
}

describe('large snippets', () => {
  it('opens 99 KB of Python at once and colours it without a long task over 100 ms', async () => {
    const longest = await longestTask('big-python', async (page) => {
      await page.locator('.code-block pre code').waitFor();
      expect((await page.locator('.code-block pre code').textContent())?.length).toBe(
        python.length,
      );
      await expect
        .poll(() => page.locator('.code-block .hljs-string').count(), { timeout: 20_000 })
        .toBe(python.split('"page_').length - 1);
    });
    expect(longest).toBeLessThan(100);
  });

  it('shows a 99 KB word as text without blocking the page', async () => {
    const longest = await longestTask('big-word', async (page) => {
      await expect
        .poll(async () => (await page.locator('.code-block pre code').textContent())?.length)
        .toBe(oneWord.length);
    });
    expect(longest).toBeLessThan(100);
  });
});
