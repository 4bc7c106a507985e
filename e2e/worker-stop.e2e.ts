import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAllTables } from './db';
import { docsUrl, serveDocs } from './docs';
import { launchExtension, type LoadedExtension } from './extension';
import {
  clickLauncher,
  inShadow,
  isLauncherVisible,
  isPanelVisible,
  panelFrame,
  waitForLauncher,
} from './sidebar-dom';

let ext: LoadedExtension;
/** An extension page: it holds the database busy and stops the worker through DevTools. */
let control: Page;

beforeAll(async () => {
  ext = await launchExtension();
  await serveDocs(ext.context);
  control = await ext.openPage('library.html');
});
afterAll(async () => ext?.close());

/**
 * Keeps a write transaction on the user's tables open from the control page, so a save the
 * background starts waits for it: the save is in flight for as long as the test wants.
 */
function holdWrites(): Promise<void> {
  return control.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('devrecall');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['notes', 'snippets'], 'readwrite');
          const store = tx.objectStore('notes');
          const held = { on: true };
          const spin = () => {
            if (held.on) store.get('hold').onsuccess = spin;
          };
          spin();
          tx.oncomplete = () => db.close();
          Object.assign(window, { releaseWrites: () => (held.on = false) });
          resolve();
        };
      }),
  );
}

const releaseWrites = () =>
  control.evaluate(() => (window as unknown as { releaseWrites: () => void }).releaseWrites());

/** Stops the extension's service worker, as Chrome does when it likes. */
async function stopWorker() {
  const cdp = await ext.context.newCDPSession(control);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

async function tables() {
  const page = await ext.openPage('library.html');
  const all = await readAllTables(page);
  await page.close();
  return all;
}

/** Waits until the background has started the save (its transaction waits on the held one). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 1500));

describe('the service worker stopped during a save', () => {
  it('a code block save ends saved with its notice, or says it was not saved, never nothing', async () => {
    const page = await ext.context.newPage();
    await page.goto(docsUrl('topics/db/queries/'));
    await waitForLauncher(page);
    const block = page.locator('#queryset-model-example');
    await block.scrollIntoViewIfNeeded();
    await block.hover();
    const index = await page.evaluate(() =>
      [...document.querySelectorAll('devrecall-code-save')].findIndex((host) =>
        host.closest('#queryset-model-example'),
      ),
    );
    const button = () =>
      inShadow(page, 'devrecall-code-save', index, (root) => {
        const b = root.querySelector('button') as HTMLButtonElement;
        const box = b.getBoundingClientRect();
        return { text: b.textContent, title: b.title, x: box.x + 5, y: box.y + 5 };
      });
    await expect.poll(async () => (await button())?.text).toBe('Save');
    const at = await button();

    await holdWrites();
    await page.mouse.click(at?.x ?? 0, at?.y ?? 0);
    await settle();
    await stopWorker();
    await releaseWrites();

    await expect
      .poll(async () => (await button())?.text, { timeout: 20_000 })
      .toMatch(/^(Saved ✓|Not saved)$/);
    const shown = await button();
    const snippets = (await tables()).snippets as { text: string }[];
    const expected = await page.locator('#queryset-model-example pre').textContent();
    if (shown?.text === 'Saved ✓') {
      expect(snippets.map((s) => s.text)).toEqual([expected]);
    } else {
      expect(shown?.title).toMatch(/not saved/i);
      expect(snippets).toEqual([]);
    }
    await page.close();
  });

  it('a note added from the docs panel is saved and listed, or the panel says it was not saved', async () => {
    const page = await ext.context.newPage();
    await page.goto(docsUrl('topics/migrations/'));
    await page.bringToFront();
    await waitForLauncher(page);
    await expect
      .poll(async () => (await isPanelVisible(page)) || (await isLauncherVisible(page)))
      .toBe(true);
    if (!(await isPanelVisible(page))) await clickLauncher(page);
    const frame = await panelFrame(page);
    await frame.locator('section[aria-busy="false"]').first().waitFor();
    await frame.getByRole('button', { name: '+ Add a note for this page' }).click();
    await frame.getByLabel('Title').fill('Squash before a release');
    await frame.getByLabel(/^Note/).fill('`squashmigrations app 0042`');

    await holdWrites();
    await frame.getByRole('button', { name: 'Save note' }).click();
    await settle();
    await stopWorker();
    await releaseWrites();

    const listed = frame.locator('.mine-note').getByText('Squash before a release');
    const refused = frame.getByRole('alert').filter({ hasText: /not saved/i });
    await expect
      .poll(async () => (await listed.count()) + (await refused.count()), { timeout: 20_000 })
      .toBe(1);
    const notes = (await tables()).notes as { title: string; body: string }[];
    if (await listed.count()) {
      expect(notes.map((n) => [n.title, n.body])).toEqual([
        ['Squash before a release', '`squashmigrations app 0042`'],
      ]);
    } else {
      expect(notes).toEqual([]);
      // What was typed is still there to save again.
      expect(await frame.getByLabel('Title').inputValue()).toBe('Squash before a release');
    }
    await page.close();
  });
});
