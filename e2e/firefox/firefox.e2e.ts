import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, serveDocs, type FirefoxExtension } from './firefox';

// The same user paths as the Chromium tests, in Firefox ESR with the Manifest V2 build. Each test
// starts from its own tabs and asserts only on records it made itself.
let ff: FirefoxExtension;

beforeAll(async () => {
  ff = await launchFirefox();
});
afterAll(async () => ff?.close());

const SEARCH_BOX = 'input[aria-label="Search DevRecall"]';

async function popupResults(query: string): Promise<string[]> {
  const popup = await ff.openPage('popup.html', SEARCH_BOX);
  try {
    await popup.type(SEARCH_BOX, query);
    await popup.waitForSelector('.result-list .result[data-id]');
    return await popup.$$eval('.result[data-id]', (rows) =>
      rows.map((row) => row.getAttribute('data-id') ?? ''),
    );
  } finally {
    await popup.close();
  }
}

/** Waits for an element; fails the test with the selector when there is none. */
async function find(page: Page | Frame, selector: string) {
  const handle = await page.waitForSelector(selector);
  if (!handle) throw new Error(`No ${selector}`);
  return handle;
}

const button = (page: Page, text: string) =>
  find(page, `::-p-xpath(//button[normalize-space(.)="${text}"])`);

/** The user's notes, read with the raw IndexedDB API from an extension page. */
function noteTitles(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('devrecall');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('notes').objectStore('notes').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve((request.result as { title: string }[]).map((n) => n.title).sort());
          };
        };
      }),
  );
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('Firefox', () => {
  it('popup search finds bundled sections as you type', async () => {
    expect((await popupResults('select_rel'))[0]).toBe('django/orm');
    expect((await popupResults('midleware')).slice(0, 3)).toContain('django/q-middleware');
  });

  it('popup search answers a Django API name from the docs index, searched in its worker', async () => {
    const popup = await ff.openPage('popup.html', SEARCH_BOX);
    try {
      await popup.type(SEARCH_BOX, 'csrf_exempt');
      await find(popup, '.result[data-id^="docs:"]');
      const ids = await popup.$$eval('.result[data-id]', (rows) =>
        rows.map((row) => row.getAttribute('data-id') ?? ''),
      );
      expect(ids).toContain('docs:django/ref/csrf/#django.views.decorators.csrf.csrf_exempt');
    } finally {
      await popup.close();
    }
  });

  it('a docs page shows the launcher, whose panel lists the right related note', async () => {
    const page = await ff.browser.newPage();
    try {
      await serveDocs(page);
      await page.goto('https://docs.djangoproject.com/en/5.2/topics/db/queries/');
      // The sidebar is in a closed shadow root and ignores synthetic clicks: click where the
      // launcher is drawn (the middle of the right edge), as the user does.
      await find(page, 'devrecall-sidebar');
      const { width, height } = await page.evaluate(() => ({
        width: document.documentElement.clientWidth,
        height: document.documentElement.clientHeight,
      }));
      await page.mouse.click(width - 10, height / 2);
      const frame = await until(
        async () => page.frames().find((f) => f !== page.mainFrame()),
        Boolean,
      );
      // Firefox reports an extension frame's address as about:blank; its content is the panel's.
      if (!frame) throw new Error('The launcher opened no panel');
      await frame.waitForSelector('.related-item');
      const related = await frame.$$eval('.related-item', (items) =>
        items.map((item) => item.getAttribute('data-id')),
      );
      expect(related[0]).toBe('django/orm');
    } finally {
      await page.close();
    }
  });

  it('saves a selection through the background and finds it in the popup', async () => {
    const url = 'https://docs.djangoproject.com/en/5.2/howto/firefox-snippet/';
    const code = 'Author.objects.prefetch_related("books__publisher")\n    # indent kept';
    const page = await ff.browser.newPage();
    try {
      await serveDocs(page, {
        [url]: `<!doctype html><title>Firefox snippet</title><h1>Firefox snippet</h1>
          <div class="highlight-python"><pre id="code">${code}</pre></div>`,
      });
      await page.goto(url);
      await page.$eval('#code', (pre) => getSelection()?.selectAllChildren(pre));

      // The menu item and the shortcut call this in the background page; headless Firefox has no
      // menus to click, so an extension page calls it there directly.
      const library = await ff.openPage('library.html', '.library');
      const result = await library.evaluate(async (pageUrl) => {
        const api = (globalThis as unknown as { browser: typeof import('wxt/browser').browser })
          .browser;
        const background = (await api.runtime.getBackgroundPage()) as unknown as {
          devrecall: typeof devrecall;
        };
        const [tab] = await api.tabs.query({ url: pageUrl });
        const saved = await background.devrecall.saveSelection({ tab });
        return JSON.parse(JSON.stringify(saved)) as SaveResult;
      }, url);
      await library.close();
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.snippet.text).toBe(code);
      expect(result.snippet.language).toBe('python');
      expect(result.snippet.pageTitle).toBe('Firefox snippet');

      const ids = await popupResults('prefetch_related books__publisher');
      expect(ids).toContain(`snippet:${result.snippet.id}`);
    } finally {
      await page.close();
    }
  });

  it('exports a backup, deletes everything and imports it back', async () => {
    const title = `Firefox backup ${Date.now()}`;
    const editor = await ff.openPage('library.html#/new', 'form[aria-label="New note"]');
    await editor.type('form[aria-label="New note"] input', title);
    await editor.type('form[aria-label="New note"] textarea', 'Kept across a **round trip**.');
    await editor.click('form[aria-label="New note"] button[type=submit]');
    await editor.waitForSelector('.note-detail');
    await editor.close();

    const library = await ff.openPage('library.html#/backup', '#export-heading');
    const before = await noteTitles(library);
    expect(before).toContain(title);

    await (await button(library, 'Export backup (JSON)')).click();
    const file = await until(
      async () => readdirSync(ff.downloads).find((f) => /^devrecall-backup-.*\.json$/.test(f)),
      Boolean,
    );
    if (!file) throw new Error(`No backup downloaded to ${ff.downloads}`);
    const path = join(ff.downloads, file);
    await until(
      async () => readFileSync(path, 'utf8'),
      (text) => text.trim().endsWith('}'),
    );
    expect(JSON.parse(readFileSync(path, 'utf8')).format).toBe('devrecall-backup');

    await (await button(library, 'Delete all data…')).click();
    await (await button(library, 'Yes, delete everything')).click();
    expect(
      await until(
        () => noteTitles(library),
        (titles) => titles.length === 0,
      ),
    ).toEqual([]);

    const input = await library.waitForSelector('input[type=file]');
    await input?.uploadFile(path);
    await library.waitForSelector('::-p-text(Import complete.)');
    expect(await noteTitles(library)).toEqual(before);
    await library.close();
  });
});
