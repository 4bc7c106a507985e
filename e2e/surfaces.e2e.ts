import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { putRecords } from './db';
import { launchExtension, type LoadedExtension } from './extension';

let ext: LoadedExtension;
let library: Page;

const CODE = 'def total(items):\n\treturn sum(i.price for i in items)  # tab kept\n';
const BODY = `Totals and a table.

| Name | Price |
| :--- | ----: |
| tea  |  3.50 |

\`\`\`python
${CODE}\`\`\`
`;

beforeAll(async () => {
  ext = await launchExtension();
  library = await ext.openPage('library.html#/new');
});
afterAll(async () => ext?.close());

describe('finished surfaces', () => {
  it("gives code in the user's own notes a language label and a Copy button, and draws tables", async () => {
    await library.getByLabel('Title').fill('Order totals');
    await library.getByRole('textbox', { name: 'Body' }).fill(BODY);
    await library.getByRole('button', { name: /^Save/ }).click();
    await library.getByRole('heading', { name: 'Order totals', level: 1 }).waitFor();

    const block = library.locator('.markdown figure.code-block');
    expect(await block.locator('.code-lang').textContent()).toBe('python');
    await block.getByRole('button', { name: 'Copy code' }).click();
    await expect.poll(() => block.getByRole('button').textContent()).toBe('Copied');
    // The fence's closing line ends the code: its last newline is not part of it.
    expect(await library.evaluate(() => navigator.clipboard.readText())).toBe(CODE.slice(0, -1));

    const cell = library.locator('.markdown td').last();
    const style = await cell.evaluate((el) => {
      const s = getComputedStyle(el);
      return { border: s.borderTopStyle, align: s.textAlign };
    });
    // Chromium computes the cell's align="right" as -webkit-right.
    expect(style.border).toBe('solid');
    expect(style.align).toMatch(/right$/);
    expect(
      await library
        .locator('.markdown td')
        .first()
        .evaluate((el) => getComputedStyle(el).textAlign),
    ).toMatch(/left$/);
  });

  it('labels results by what they are and reads each as title and kind', async () => {
    const popup = await ext.openPage('popup.html');
    await popup.keyboard.type('order totals');
    const mine = popup.getByRole('option', { name: 'Order totals Mine' });
    await mine.waitFor();
    await popup.locator('.search-box input').fill('select_related');
    const first = popup.locator('.result').first();
    await expect.poll(() => first.locator('.kind').textContent()).toBe('Django');
    await expect.poll(() => popup.locator('.result-count').textContent()).toMatch(/^\d+ results?$/);
    expect(await popup.locator('.search-box input').getAttribute('aria-expanded')).toBe('true');
    // Inside the listbox only options (and their groups).
    await popup.locator('.search-box input').fill('');
    const strays = await popup
      .locator('[role=listbox]')
      .evaluate(
        (box) =>
          [...box.querySelectorAll(':scope > *, [role=group] > *')].filter(
            (el) => !['option', 'group'].includes(el.getAttribute('role') ?? '') && !el.ariaHidden,
          ).length,
      );
    expect(strays).toBe(0);
    await popup.close();
  });

  it('keeps the popup footer on one line at the foot of the popup, with or without results', async () => {
    const popup = await ext.openPage('popup.html');
    await popup.setViewportSize({ width: 440, height: 540 });
    const footer = popup.locator('.popup-footer');
    await footer.getByRole('link', { name: 'New note' }).waitFor();
    const oneLine = async () => {
      const box = await footer.boundingBox();
      const kbd = await footer.locator('kbd').first().boundingBox();
      return !!box && !!kbd && box.height < kbd.height * 2 && box.x + box.width <= 440;
    };
    const atFoot = async () => {
      const box = await footer.boundingBox();
      return !!box && Math.abs(box.y + box.height - (540 - 10)) <= 2;
    };
    expect(await oneLine()).toBe(true);
    expect(await atFoot()).toBe(true);
    expect(await footer.textContent()).toMatch(/^↑↓ ↵ Esc(Review \d+)?Library\+ Note$/);
    await popup.locator('.search-box input').fill('qqxzvw');
    await popup.locator('.popup .empty').waitFor();
    expect(await oneLine()).toBe(true);
    expect(await atFoot()).toBe(true);
    await popup.close();
  });

  it("closes the library's search results on an outside click and on Tab", async () => {
    const search = library.getByRole('combobox', { name: 'Search DevRecall' });
    const results = library.locator('.search-panel');
    await search.fill('order');
    await results.waitFor();
    expect(await search.getAttribute('aria-expanded')).toBe('true');
    await library.mouse.click(600, 760);
    await results.waitFor({ state: 'detached' });
    expect(await search.getAttribute('aria-expanded')).toBe('false');

    await search.focus();
    await results.waitFor();
    await search.press('Tab');
    await results.waitFor({ state: 'detached' });
  });

  it('says an unknown note does not exist and an empty progress chart has no reviews yet', async () => {
    await library.goto(`chrome-extension://${ext.id}/library.html#/note/no-such-note`);
    await library.getByText('There is no note with this id.').waitFor();
    expect(await library.getByText(/was deleted/).count()).toBe(0);

    // A snippet deleted on its page says so; the next unknown id does not show it as deleted.
    const now = Date.now();
    await putRecords(library, 'snippets', [
      {
        id: 'kept-a-moment',
        text: 'print(1)',
        language: 'python',
        pageUrl: 'https://example.com/',
        pageTitle: 'Example page',
        pageKey: 'https://example.com/',
        note: '',
        tags: [],
        createdAt: now,
        updatedAt: now,
      },
    ]);
    await library.goto(`chrome-extension://${ext.id}/library.html#/snippet/kept-a-moment`);
    await library.getByRole('heading', { name: 'Example page' }).waitFor();
    const other = await ext.openPage('library.html#/snippet/kept-a-moment');
    await other.getByRole('button', { name: 'Delete' }).click();
    await other.getByText('Snippet deleted.').waitFor();
    await other.close();
    await library.getByText('This snippet was deleted.').waitFor();
    await library.evaluate(() => (location.hash = '#/snippet/no-such-snippet'));
    await library.getByText('There is no snippet with this id.').waitFor();
    expect(await library.getByText(/was deleted|Example page/).count()).toBe(0);

    await library.goto(`chrome-extension://${ext.id}/library.html#/progress`);
    await library.getByText(/^No reviews yet in the last \d+ days/).waitFor();
  });
});
