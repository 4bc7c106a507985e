import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAllTables } from './db';
import { launchExtension, type LoadedExtension } from './extension';

let ext: LoadedExtension;
const dialogs: string[] = [];

beforeAll(async () => {
  ext = await launchExtension();
  ext.context.on('page', (page) =>
    page.on('dialog', (d) => void (dialogs.push(d.message()), d.dismiss())),
  );
});
afterAll(async () => ext?.close());

async function createNote(library: Page, title: string, body: string, tags = '') {
  await library.goto(`chrome-extension://${ext.id}/library.html#/new`);
  await library.getByLabel('Title').fill(title);
  await library.getByRole('textbox', { name: 'Body' }).fill(body);
  if (tags) await library.getByLabel(/^Tags/).fill(tags);
  await library.getByRole('button', { name: /^Save/ }).click();
  await library.getByRole('heading', { name: title, level: 1 }).waitFor();
  return new URL(library.url()).hash.replace('#/note/', '');
}

async function popupSearch(query: string) {
  const popup = await ext.openPage('popup.html');
  await popup.getByRole('combobox').pressSequentially(query);
  return popup;
}

describe('library', () => {
  it('browses All topics > Backend > Django > notes > sections and saves the stack', async () => {
    const library = await ext.openPage('library.html');
    await library.getByRole('heading', { name: 'Backend' }).waitFor();
    await library.getByRole('link', { name: 'Django', exact: true }).click();
    await library.getByRole('heading', { name: 'Django REST Framework' }).waitFor();
    await library.getByRole('button', { name: 'Save this stack' }).click();
    await library.getByRole('button', { name: '✓ Saved' }).waitFor();
    await library.getByRole('link', { name: 'ORM Queries' }).click();
    await library.getByRole('heading', { name: 'ORM Queries' }).waitFor();
    await library.getByRole('link', { name: 'My DevRecall' }).click();
    const saved = library.getByRole('list', { name: 'Saved stacks' });
    await expect.poll(() => saved.textContent()).toContain('Django');
    await library.close();
  });

  it('finds a note created in the library from the popup at once', async () => {
    const library = await ext.openPage('library.html');
    await createNote(
      library,
      'Celery retry backoff',
      'Use `autoretry_for` with `retry_backoff=True`.',
      'celery, tasks',
    );
    const popup = await popupSearch('autoretry');
    const first = popup.locator('.result').first();
    await expect.poll(() => first.getAttribute('data-id')).toMatch(/^note:/);
    expect(await first.textContent()).toContain('Celery retry backoff');
    expect(await first.locator('.kind').textContent()).toBe('Mine');
    await popup.keyboard.press('Enter');
    await popup.getByRole('heading', { name: 'Celery retry backoff' }).waitFor();
    await popup.close();
    await library.close();
  });

  it('shows an edit made in one tab in another without reload', async () => {
    const editor = await ext.openPage('library.html');
    const id = await createNote(editor, 'Signals', 'post_save fires after save().');
    const viewer = await ext.openPage(`library.html#/note/${id}`);
    await viewer.getByText('post_save fires after save().').waitFor();
    const popup = await popupSearch('signals');
    await expect.poll(() => popup.locator('.result').first().textContent()).toContain('Signals');

    await editor.getByRole('link', { name: 'Edit' }).click();
    await editor.getByLabel('Title').fill('Signals and receivers');
    await editor.getByRole('textbox', { name: 'Body' }).fill('Connect with @receiver(post_save).');
    await editor.keyboard.press('Control+Enter');

    await viewer.getByRole('heading', { name: 'Signals and receivers' }).waitFor();
    await viewer.getByText('Connect with @receiver(post_save).').waitFor();
    // The docs index's own "Signals" page may outrank a note whose title only starts with the word.
    await expect
      .poll(async () => (await popup.locator('.result').allTextContents()).join('\n'))
      .toContain('Signals and receivers');
    await Promise.all([editor.close(), viewer.close(), popup.close()]);
  });

  it('deletes a note and restores it with Undo', async () => {
    const library = await ext.openPage('library.html');
    const id = await createNote(library, 'Temporary note', 'Delete me', 'tmp');
    await library.getByRole('button', { name: 'Delete' }).click();
    await library.getByRole('status').getByText('Deleted “Temporary note”.').waitFor();
    // With no other notes the list itself is gone: count inside it rather than read its text.
    expect(
      await library.getByRole('list', { name: 'My notes' }).getByText('Temporary note').count(),
    ).toBe(0);
    await library.getByRole('button', { name: 'Undo' }).click();
    await library.getByRole('heading', { name: 'Temporary note' }).waitFor();
    expect(new URL(library.url()).hash).toBe(`#/note/${id}`);
    await library.close();
  });

  it('renders hostile HTML in a note as text: no dialog, no script, no handler', async () => {
    const library = await ext.openPage('library.html');
    const hostile =
      '<img src=x onerror=alert(1)> <script>alert(1)</script> [link](javascript:alert(1)) <a href="javascript:alert(2)">a</a>';
    await createNote(library, `XSS ${hostile}`, `Body ${hostile}\n\n${hostile}`);
    await library.getByText('<script>alert(1)</script>').first().waitFor();
    const popup = await popupSearch('xss');
    // The docs index has XSS entries too; they may come first until the library's index is read.
    await expect
      .poll(() => popup.locator('.result').first().getAttribute('data-id'))
      .toMatch(/^note:/);
    await popup.keyboard.press('Enter');
    await popup.locator('.note-detail').waitFor();
    for (const page of [library, popup]) {
      const live = await page.evaluate(() => ({
        scripts: document.querySelectorAll('main script, .markdown img').length,
        handlers: [...document.querySelectorAll('main *')].filter((el) =>
          el.getAttributeNames().some((n) => n.startsWith('on')),
        ).length,
        jsLinks: [...document.querySelectorAll('a')].filter((a) =>
          /^javascript:/i.test(a.getAttribute('href') ?? ''),
        ).length,
      }));
      expect(live).toEqual({ scripts: 0, handlers: 0, jsLinks: 0 });
    }
    await popup.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    await Promise.all([library.close(), popup.close()]);
  });
});

describe('backup', () => {
  let library: Page;
  beforeAll(async () => {
    library = await ext.openPage('library.html');
    // Notes of its own, so the backup tests do not rely on what the tests above wrote.
    for (const n of [1, 2, 3])
      await createNote(library, `Backed-up note ${n}`, `Body ${n}`, 'backup');
    await library.goto(`chrome-extension://${ext.id}/library.html#/backup`);
  });

  async function exportToFile(): Promise<string> {
    const [download] = await Promise.all([
      library.waitForEvent('download'),
      library.getByRole('button', { name: 'Export backup (JSON)' }).click(),
    ]);
    const path = join(tmpdir(), `devrecall-export-${Date.now()}.json`);
    await download.saveAs(path);
    return path;
  }

  async function importFile(path: string) {
    await library.locator('input[type=file]').setInputFiles(path);
  }

  it('export, delete all, import gives back every table exactly', async () => {
    await library.getByRole('heading', { name: 'Backup & data' }).waitFor();
    const before = await readAllTables(library);
    expect(before.notes?.length).toBeGreaterThan(2);
    const file = await exportToFile();
    expect(JSON.parse(readFileSync(file, 'utf8')).format).toBe('devrecall-backup');

    await library.getByRole('button', { name: 'Delete all data…' }).click();
    await library.getByRole('button', { name: 'Yes, delete everything' }).click();
    await expect.poll(async () => (await readAllTables(library)).notes?.length).toBe(0);

    await importFile(file);
    const report = library.locator('.import-report');
    await report.getByText('Import complete.').waitFor();
    expect(await report.textContent()).toContain(`notes: ${before.notes?.length} added, 0 updated`);
    expect(await readAllTables(library)).toEqual(before);
  });

  it.each([
    ['an empty file', () => '', 'The file is empty.'],
    ['truncated JSON', (valid: string) => valid.slice(0, valid.length / 2), 'not valid JSON'],
    [
      'a future backup version',
      (valid: string) => valid.replace(/"version": \d+/, '"version": 99'),
      'newer DevRecall',
    ],
    [
      'wrong field types',
      (valid: string) => {
        const backup = JSON.parse(valid);
        backup.data.notes[0].title = 42;
        backup.data.notes[0].tags = 'orm';
        return JSON.stringify(backup);
      },
      'damaged at data.notes.0',
    ],
    ['a 50 MB file that is not JSON', () => 'x'.repeat(50 * 1024 * 1024), 'not valid JSON'],
  ])('refuses %s with a clear error and changes nothing', async (_, make, message) => {
    const before = await readAllTables(library);
    const valid = readFileSync(await exportToFile(), 'utf8');
    const path = join(tmpdir(), `devrecall-bad-${Date.now()}.json`);
    writeFileSync(path, make(valid));
    await importFile(path);
    await expect.poll(() => library.getByRole('alert').textContent()).toContain(message);
    expect(await readAllTables(library)).toEqual(before);
  });

  it('keeps what Delete all removed when Undo cannot write it back, and offers it as a file', async () => {
    await library.reload();
    await library.getByRole('heading', { name: 'Backup & data' }).waitFor();
    const notes = (await readAllTables(library)).notes ?? [];
    expect(notes.length).toBeGreaterThan(0);
    await library.getByRole('button', { name: 'Delete all data…' }).click();
    await library.getByRole('button', { name: 'Yes, delete everything' }).click();
    await expect.poll(async () => (await readAllTables(library)).notes?.length).toBe(0);
    // The disk fills up before Undo: every write the browser is asked for fails.
    await library.evaluate(() => {
      const full = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      IDBObjectStore.prototype.put = full;
      IDBObjectStore.prototype.add = full;
    });
    await library.getByRole('button', { name: 'Undo' }).click();
    const alert = library
      .getByRole('alert')
      .filter({ hasText: 'Undo could not put your data back' });
    await alert.getByText(/no room left/).waitFor();
    const [download] = await Promise.all([
      library.waitForEvent('download'),
      alert.getByRole('button', { name: 'Download the deleted data' }).click(),
    ]);
    const path = join(tmpdir(), `devrecall-deleted-${Date.now()}.json`);
    await download.saveAs(path);
    const saved = JSON.parse(readFileSync(path, 'utf8')) as { data: { notes: unknown[] } };
    expect(saved.data.notes).toEqual(notes);

    // Once there is room again (another tab), the file puts everything back.
    const fresh = await ext.openPage('library.html#/backup');
    await fresh.locator('input[type=file]').setInputFiles(path);
    await fresh.locator('.import-report').getByText('Import complete.').waitFor();
    expect((await readAllTables(fresh)).notes).toEqual(notes);
    await fresh.close();
    await library.close();
    library = await ext.openPage('library.html#/backup');
  });

  it('undoes deleting all data', async () => {
    const before = await readAllTables(library);
    await library.getByRole('button', { name: 'Delete all data…' }).click();
    await library.getByRole('button', { name: 'Yes, delete everything' }).click();
    await library.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => readAllTables(library)).toEqual(before);
  });
});
