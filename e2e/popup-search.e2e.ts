import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bundledSectionCount, sectionTitle } from './bundled';
import { launchExtension, type LoadedExtension } from './extension';

let ext: LoadedExtension;
let popup: Page;

beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => ext?.close());

beforeEach(async () => {
  await popup?.close();
  popup = await ext.openPage('popup.html');
  // Typing starts only once the box has focus, as it does for a person opening the popup.
  await expect
    .poll(() => popup.evaluate(() => document.activeElement?.getAttribute('aria-label')))
    .toBe('Search DevRecall');
});

/** Waits until the results shown are those for `query` (the docs-search row names it). */
async function resultsFor(query: string): Promise<void> {
  await expect.poll(() => popup.locator('.docs-search strong').textContent()).toBe(query.trim());
}

async function search(query: string): Promise<string[]> {
  const box = popup.getByRole('combobox', { name: 'Search DevRecall' });
  await box.fill('');
  await box.pressSequentially(query);
  await resultsFor(query);
  return popup
    .locator('.result[data-id]')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-id') ?? ''));
}

describe('popup search', () => {
  it('focuses the search box on open and shows the browsing view', async () => {
    await expect.poll(() => popup.locator('.browse-section').count()).toBe(bundledSectionCount());
  });

  it.each([
    ['select_rel', 'django/orm', 1],
    ['midleware', 'django/q-middleware', 3],
    ['jwt refresh', 'django/drf-auth', 1],
    ['n+1', 'django/q-n-plus-1', 1],
    ['get_object_or_404', 'django/views-urls', 1],
  ])('typing %s ranks %s in the top %i', async (query, id, top) => {
    const ids = await search(query);
    expect(ids.slice(0, top)).toContain(id);
  });

  it('marks the match in the result row', async () => {
    await search('select_rel');
    const first = popup.locator('.result').first();
    await expect.poll(() => first.locator('mark').allTextContents()).toContain('select_related');
  });

  it('shows a helpful state when nothing matches', async () => {
    const box = popup.getByRole('combobox', { name: 'Search DevRecall' });
    await box.fill('qqxzvw');
    await expect.poll(() => popup.getByRole('status').textContent()).toContain('No matches');
  });

  it('opens with Enter, copies the exact code, and returns with Esc keeping the query', async () => {
    await search('select_rel');
    await popup.keyboard.press('Enter');
    await popup.getByRole('heading', { name: 'ORM Queries' }).waitFor();

    const expected = await popup.locator('.code-block pre').first().innerText();
    await popup.getByRole('button', { name: 'Copy code block 1' }).click();
    await popup.getByRole('button', { name: 'Copy code block 1' }).getByText('Copied').waitFor();
    const copied = await popup.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(expected);
    expect(copied).toContain(
      "Post.objects.select_related('author', 'category')  # JOIN (ForeignKey)",
    );
    expect(copied.startsWith('from users.models import Post, User\n')).toBe(true);

    await popup.keyboard.press('Escape');
    const box = popup.getByRole('combobox', { name: 'Search DevRecall' });
    await expect.poll(() => box.inputValue()).toBe('select_rel');
    await expect
      .poll(() => popup.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Search DevRecall');
  });

  it('opens the top result for what was typed when Enter comes before its results show', async () => {
    await search('select_rel');
    // The last key and Enter in one task, as when Enter follows a key faster than any answer.
    await popup.evaluate(() => {
      const box = document.querySelector<HTMLInputElement>('[role="combobox"]');
      if (!box) throw new Error('No search box.');
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      setValue?.call(box, 'n+1');
      box.dispatchEvent(new Event('input', { bubbles: true }));
      box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    await popup.locator('.section-view').waitFor();
    expect(await popup.locator('#section-title').textContent()).toContain(
      sectionTitle('django/q-n-plus-1'),
    );
  });

  it('works with the keyboard alone', async () => {
    await popup.keyboard.type('migrat');
    // The results for all of it, not those of a shorter prefix still on screen a moment longer.
    await expect.poll(() => popup.locator('.docs-search strong').textContent()).toBe('migrat');
    await popup.keyboard.press('ArrowDown');
    const selected = await popup.locator('.result[aria-selected="true"]').getAttribute('data-id');
    const second = await popup.locator('.result').nth(1).getAttribute('data-id');
    expect(selected).toBe(second);
    await popup.keyboard.press('Enter');
    await popup.locator('.section-view').waitFor();
    await popup.keyboard.press('Tab');
    const focused = await popup.evaluate(() => document.activeElement?.textContent);
    expect(focused).toContain('Back');
    await popup.keyboard.press('Escape');
    await popup.locator('.result').first().waitFor();
    await popup.keyboard.press('Escape');
    expect(await popup.getByRole('combobox').inputValue()).toBe('');
    expect(await popup.locator('.browse-section').count()).toBe(bundledSectionCount());
  });
});
