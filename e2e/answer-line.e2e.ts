import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type LoadedExtension } from './extension';

let ext: LoadedExtension;

beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => ext?.close());

const ANNOTATE_LINE = "Post.objects.values('author__username').annotate(post_count=Count('id'))";

/**
 * The marked answer line (the `answer-line` highlight), and whether it lies wholly inside the
 * box that scrolls it (the selector's element, or the window).
 */
function answerLine(page: Page, scroller?: string) {
  return page.evaluate((selector) => {
    const ranges = [...(CSS.highlights.get('answer-line') ?? [])];
    const range = ranges[0];
    if (!range || !(range instanceof Range)) return null;
    const line = range.getBoundingClientRect();
    const box = selector
      ? (document.querySelector(selector)?.getBoundingClientRect() ?? new DOMRect())
      : new DOMRect(0, 0, window.innerWidth, window.innerHeight);
    return {
      count: ranges.length,
      text: range.toString(),
      inView: line.height > 0 && line.top >= box.top && line.bottom <= box.bottom,
    };
  }, scroller);
}

async function searchLibrary(library: Page, query: string) {
  const box = library.getByRole('combobox');
  await box.click();
  await box.pressSequentially(query);
  await library.locator('.search-panel .result').first().waitFor();
}

describe('opening a search result lands on the line that answers', () => {
  it('popup: annotate opens ORM Queries scrolled to the annotate line, marked', async () => {
    const popup = await ext.openPage('popup.html');
    await popup.getByRole('combobox', { name: 'Search DevRecall' }).pressSequentially('annotate');
    const first = popup.locator('.result').first();
    await expect.poll(() => first.getAttribute('data-id')).toBe('django/orm');
    // The row's excerpt is that line too, not the section's first line.
    await expect.poll(() => first.locator('.result-line').textContent()).toBe(ANNOTATE_LINE);
    await popup.keyboard.press('Enter');
    await popup.getByRole('heading', { name: 'ORM Queries' }).waitFor();
    await expect
      .poll(() => answerLine(popup, '.popup-section'))
      .toEqual({ count: 1, text: ANNOTATE_LINE, inView: true });
    // The line lies below the first screen of the section: landing on it took a scroll.
    expect(await popup.locator('.popup-section').evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    // Back to the results: nothing stays marked.
    await popup.keyboard.press('Escape');
    await first.waitFor();
    expect(await answerLine(popup)).toBeNull();
    await popup.close();
  });

  it('library: the header search opens the section at the annotate line, marked', async () => {
    const library = await ext.openPage('library.html');
    await library.setViewportSize({ width: 1000, height: 600 });
    await searchLibrary(library, 'annotate');
    await library.keyboard.press('Enter');
    await library.getByRole('heading', { name: 'ORM Queries' }).waitFor();
    expect(new URL(library.url()).hash).toBe('#/section/django/orm?q=annotate');
    await expect
      .poll(() => answerLine(library))
      .toEqual({ count: 1, text: ANNOTATE_LINE, inView: true });
    expect(await library.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await library.close();
  });

  it('library: a note opens at the line with both words, not the first with one', async () => {
    const library = await ext.openPage('library.html');
    await library.setViewportSize({ width: 1000, height: 600 });
    await library.goto(`chrome-extension://${ext.id}/library.html#/new`);
    await library.getByLabel('Title').fill('Celery notes');
    const filler = Array.from({ length: 40 }, (_, i) => `Line ${i + 1} about workers.`);
    const body = [
      'Retries are set per task.',
      '',
      ...filler.flatMap((line) => [line, '']),
      'Use `autoretry_for` with exponential backoff on retries.',
    ].join('\n');
    await library.getByRole('textbox', { name: 'Body' }).fill(body);
    await library.getByRole('button', { name: /^Save/ }).click();
    await library.getByRole('heading', { name: 'Celery notes', level: 1 }).waitFor();
    await library.evaluate(() => window.scrollTo(0, 0));
    await searchLibrary(library, 'backoff retries');
    await library.keyboard.press('Enter');
    await expect.poll(() => new URL(library.url()).hash).toContain('?q=backoff+retries');
    await expect
      .poll(() => answerLine(library))
      .toEqual({
        count: 1,
        text: 'Use autoretry_for with exponential backoff on retries.',
        inView: true,
      });
    await library.close();
  });
});
