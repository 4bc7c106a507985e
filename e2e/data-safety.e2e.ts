import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAllTables } from './db';
import { docsUrl, serveDocs } from './docs';
import { launchExtension, type LoadedExtension } from './extension';
import { clickLauncher, panelFrame, waitForLauncher } from './sidebar-dom';

let ext: LoadedExtension;
let library: Page;
/** The database as a fresh install leaves it, read before any test writes. */
let freshInstall: Record<string, unknown[]>;

type Row = Record<string, unknown>;
const rows = async (page: Page, table: string) =>
  ((await readAllTables(page))[table] ?? []) as Row[];

/** A card without the times that depend on when it was made. */
const timeless = ({ id, stability, difficulty, reps, lapses, state, scheduledDays }: Row) => ({
  id,
  stability,
  difficulty,
  reps,
  lapses,
  state,
  scheduledDays,
});

beforeAll(async () => {
  ext = await launchExtension();
  await serveDocs(ext.context);
  library = await ext.openPage('library.html');
  // The interview cards are created by onInstalled: wait for them before taking the picture.
  while (!(await rows(library, 'cards')).length) await library.waitForTimeout(100);
  freshInstall = await readAllTables(library);
});
afterAll(async () => ext?.close());

/** Opens a library route in a new document, so nothing an earlier test left on screen carries over. */
async function open(page: Page, route: string) {
  await page.goto('about:blank');
  await page.goto(`chrome-extension://${ext.id}/library.html#${route}`);
}

describe('nothing the user writes is lost', () => {
  it('keeps a new note’s draft across Esc, even after Esc on a dropdown', async () => {
    await open(library, '/new');
    await library.getByLabel('Title').fill('Half-written thought');
    await library.getByRole('textbox', { name: 'Body' }).fill('Line one\n\n    indented code');
    await library.getByLabel('Section').focus();
    await library.keyboard.press('Escape');
    expect(new URL(library.url()).hash).toBe('#/new');

    await library.getByRole('textbox', { name: 'Body' }).press('Escape');
    await library.waitForURL(/#\/mine$/);
    await library.getByText('Your changes are kept as a draft').waitFor();

    await open(library, '/new');
    await library.getByText('Restored your unsaved changes').waitFor();
    expect(await library.getByLabel('Title').inputValue()).toBe('Half-written thought');
    expect(await library.getByRole('textbox', { name: 'Body' }).inputValue()).toBe(
      'Line one\n\n    indented code',
    );
    await library.keyboard.press('Control+Enter');
    await library.getByRole('heading', { name: 'Half-written thought', level: 1 }).waitFor();
    expect(await rows(library, 'drafts')).toEqual([]);
  });

  it('keeps an edit’s draft across closing the tab', async () => {
    await open(library, '/new');
    await library.getByLabel('Title').fill('Edited in two sittings');
    await library.getByRole('textbox', { name: 'Body' }).fill('Line one\n\n    indented code');
    await library.keyboard.press('Control+Enter');
    await library.getByRole('heading', { name: 'Edited in two sittings', level: 1 }).waitFor();
    const id = new URL(library.url()).hash.replace('#/note/', '');
    const editor = await ext.openPage(`library.html#/edit/${id}`);
    const body = editor.getByRole('textbox', { name: 'Body' });
    await body.fill('Rewritten, not saved yet');
    const draftOf = async (page: Page) =>
      (await rows(page, 'drafts')).find((d) => d.key === `note:${id}`);
    await expect.poll(async () => (await draftOf(editor))?.body).toBe('Rewritten, not saved yet');
    await editor.close();

    const again = await ext.openPage(`library.html#/edit/${id}`);
    await again.getByText('Restored your unsaved changes').waitFor();
    expect(await again.getByRole('textbox', { name: 'Body' }).inputValue()).toBe(
      'Rewritten, not saved yet',
    );
    // The note itself is unchanged until the user saves.
    const [note] = (await rows(again, 'notes')).filter((n) => n.id === id);
    expect(note?.body).toBe('Line one\n\n    indented code');
    await again.getByRole('button', { name: 'Discard them' }).click();
    await expect
      .poll(() => again.getByRole('textbox', { name: 'Body' }).inputValue())
      .toBe('Line one\n\n    indented code');
    await expect.poll(() => draftOf(again)).toBeUndefined();
    await again.close();
  });

  it('un-practising then Undo keeps the card’s due date and history', async () => {
    await open(library, '/review');
    await library.getByRole('article', { name: 'Card' }).waitFor();
    await library.keyboard.press('Space');
    await library.keyboard.press('3');
    await expect.poll(async () => (await rows(library, 'reviewLog')).length).toBe(1);
    const [review] = await rows(library, 'reviewLog');
    const cardId = String(review?.cardId);
    const before = (await rows(library, 'cards')).find((c) => c.id === cardId);
    expect(before?.reps).toBe(1);

    await open(library, `/section/${cardId}`);
    await library.getByRole('button', { name: '✓ Practising' }).click();
    await library.getByRole('button', { name: 'Practise this' }).waitFor();
    await expect
      .poll(async () => (await rows(library, 'cards')).some((c) => c.id === cardId))
      .toBe(false);
    await library.getByRole('button', { name: 'Undo' }).click();
    await library.getByRole('button', { name: '✓ Practising' }).waitFor();
    expect((await rows(library, 'cards')).find((c) => c.id === cardId)).toEqual(before);
    expect(await rows(library, 'reviewLog')).toEqual([review]);
  });

  it('saves a page address typed without https:// as https://… and shows the note on that page', async () => {
    await open(library, '/new');
    await library.getByLabel('Title').fill('Lookups across relations');
    await library.getByRole('textbox', { name: 'Body' }).fill('Use `__` to follow relations.');
    await library.getByLabel('Page URL').fill('docs.djangoproject.com/en/5.2/topics/db/queries/');
    await library.getByRole('textbox', { name: 'Body' }).press('Control+Enter');
    await library.getByRole('heading', { name: 'Lookups across relations', level: 1 }).waitFor();
    const note = (await rows(library, 'notes')).find((n) => n.title === 'Lookups across relations');
    expect(note?.pageUrl).toBe('https://docs.djangoproject.com/en/5.2/topics/db/queries/');

    const docs = await ext.context.newPage();
    await docs.goto(docsUrl('topics/db/queries/'));
    await docs.bringToFront();
    await waitForLauncher(docs);
    await clickLauncher(docs);
    const panel = await panelFrame(docs);
    await panel.locator('.mine-note').getByText('Lookups across relations').waitFor();
    await docs.close();

    await open(library, '/new');
    await library.getByLabel('Title').fill('Not a page');
    await library.getByLabel('Page URL').fill('not a web address');
    await library.getByLabel('Title').press('Control+Enter');
    await expect
      .poll(() => library.getByRole('alert').textContent())
      .toContain('is not a web address');
    expect(new URL(library.url()).hash).toBe('#/new');
  });

  it('offers the existing snippet when the same selection is saved twice', async () => {
    const docs = await ext.context.newPage();
    await docs.goto(docsUrl('topics/db/queries/'));
    await docs.bringToFront();
    await docs.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('#docs-content pre') as HTMLElement);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    });
    const first = await ext.worker.evaluate(() => devrecall.saveFromActiveTab());
    const second = await ext.worker.evaluate(() => devrecall.saveFromActiveTab());
    expect(first.ok && !first.existing).toBe(true);
    expect(second.ok && second.existing && second.snippet.id).toBe(first.ok && first.snippet.id);
    expect(await rows(library, 'snippets')).toHaveLength(1);

    const notice = docs.locator('#devrecall-notice [role=status]');
    await expect.poll(() => notice.textContent()).toContain('Already in DevRecall');
    const opened = ext.context.waitForEvent('page');
    await notice.getByRole('button', { name: 'Open it' }).click();
    const tab = await opened;
    await tab.waitForURL(/library\.html#\/snippet\//);
    expect(tab.url()).toContain(first.ok ? first.snippet.id : 'missing');
    await Promise.all([docs.close(), tab.close()]);
  });

  it('leaves exactly the fresh-install state after Delete all data', async () => {
    await open(library, '/backup');
    await library.getByRole('button', { name: 'Delete all data…' }).click();
    await library.getByRole('button', { name: 'Yes, delete everything' }).click();
    await library.getByText('All your data was deleted.').waitFor();
    const after = await readAllTables(library);
    expect(Object.keys(after)).toEqual(Object.keys(freshInstall));
    for (const [table, records] of Object.entries(freshInstall)) {
      if (table === 'cards') continue;
      expect(after[table], table).toEqual(records);
    }
    expect((after.cards as Row[]).map(timeless)).toEqual(
      (freshInstall.cards as Row[]).map(timeless),
    );
    expect((after.cards as Row[]).every((c) => Number(c.due) <= Date.now())).toBe(true);

    await open(library, '/review');
    await library.getByRole('article', { name: 'Card' }).waitFor();
  });
});
