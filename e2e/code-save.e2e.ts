import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAllTables } from './db';
import { docsUrl, serveDocs } from './docs';
import { launchExtension, type LoadedExtension } from './extension';
import { inShadow, waitForLauncher } from './sidebar-dom';

let ext: LoadedExtension;

beforeAll(async () => {
  ext = await launchExtension();
  await serveDocs(ext.context);
});
afterAll(async () => ext?.close());

const PAGE = docsUrl('topics/db/queries/');
const BLOCK = '#queryset-model-example';

/** Which of the page's Save buttons belongs to the block, in document order. */
const buttonIndex = (page: Page) =>
  page.evaluate((block) => {
    const hosts = [...document.querySelectorAll('devrecall-code-save')];
    return hosts.findIndex((host) => host.closest(block));
  }, BLOCK);

const button = (page: Page, index: number) =>
  inShadow(page, 'devrecall-code-save', index, (root) => {
    const b = root.querySelector('button') as HTMLButtonElement;
    const box = b.getBoundingClientRect();
    return {
      text: b.textContent,
      label: b.getAttribute('aria-label'),
      opacity: getComputedStyle(b).opacity,
      focused: root.activeElement === b,
      x: box.x + box.width / 2,
      y: box.y + box.height / 2,
    };
  });

async function snippets(): Promise<Record<string, unknown>[]> {
  const page = await ext.openPage('library.html');
  const tables = await readAllTables(page);
  await page.close();
  return tables.snippets as Record<string, unknown>[];
}

describe('Save button on docs code blocks', () => {
  it('appears on hover, saves the block byte for byte with its page and language, and works from the keyboard', async () => {
    const page = await ext.context.newPage();
    await page.goto(PAGE);
    await waitForLauncher(page);
    const index = await buttonIndex(page);
    expect(index).toBeGreaterThanOrEqual(0);
    // One button per code block, none elsewhere.
    expect(await page.locator('devrecall-code-save').count()).toBe(
      await page.locator('div.highlight > pre').count(),
    );

    const block = page.locator(BLOCK);
    await block.scrollIntoViewIfNeeded();
    expect((await button(page, index))?.opacity).toBe('0');
    await block.hover();
    await expect.poll(async () => (await button(page, index))?.opacity).toBe('1');
    const before = await button(page, index);
    expect(before?.label).toBe('Save this code to DevRecall');
    await page.mouse.click(before?.x ?? 0, before?.y ?? 0);
    await expect.poll(async () => (await button(page, index))?.text).toBe('Saved ✓');

    const expected = await page.locator(`${BLOCK} pre`).evaluate((pre) => pre.textContent);
    expect(expected).toContain('\n\n\nclass Blog(models.Model):\n    name = models.CharField(');
    const title = await page.title();
    const [saved, ...others] = await snippets();
    expect(others).toHaveLength(0);
    expect(saved?.text).toBe(expected);
    expect(saved?.pageUrl).toBe(PAGE);
    expect(saved?.pageTitle).toBe(title);
    expect(saved?.language).toBe('python');

    // Away from the block the button hides; Tab from the text before it shows it, Enter saves.
    await page.mouse.move(0, 0);
    await expect.poll(async () => (await button(page, index))?.opacity).toBe('0');
    await page.evaluate((selector) => {
      const before = document.querySelector(selector)?.previousElementSibling as HTMLElement;
      before.tabIndex = -1;
      before.focus();
    }, BLOCK);
    for (let i = 0; i < 10 && !(await button(page, index))?.focused; i++) {
      await page.keyboard.press('Tab');
    }
    const focused = await button(page, index);
    expect(focused?.focused).toBe(true);
    // The button fades in: wait for the end of its transition.
    await expect.poll(async () => (await button(page, index))?.opacity).toBe('1');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await button(page, index))?.text).toBe('Already saved');
    expect(await snippets()).toHaveLength(1);
    await page.close();
  });

  it('ignores clicks a page script dispatches', async () => {
    const page = await ext.context.newPage();
    await page.goto(docsUrl('intro/tutorial01/'));
    await waitForLauncher(page);
    const count = (await snippets()).length;
    await inShadow(page, 'devrecall-code-save', 0, (root) => root.querySelector('button')?.click());
    await page.waitForTimeout(500);
    expect((await snippets()).length).toBe(count);
    await page.close();
  });
});
