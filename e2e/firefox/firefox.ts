import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIXTURES } from '../docs';

export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv2');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export interface FirefoxExtension {
  browser: Browser;
  /** `moz-extension://<uuid>`, fixed for this run through the add-on id in the manifest. */
  origin: string;
  /** Where the extension's downloads (backups) land. */
  downloads: string;
  /** Opens an extension page (e.g. `popup.html`) in a new tab and waits for `selector`. */
  openPage: (path: string, selector: string) => Promise<Page>;
  close: () => Promise<void>;
}

const manifest = JSON.parse(readFileSync(join(FIXTURES, 'manifest.json'), 'utf8')) as {
  pages: { file: string; url: string }[];
};
const docsPath = (url: string) => new URL(url).pathname.replace(/^\/[^/]+\/[^/]+\//, '');

/** Starts headless Firefox ESR over WebDriver BiDi with the Firefox build as a temporary add-on. */
export async function launchFirefox(): Promise<FirefoxExtension> {
  const addonId = (
    JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
      browser_specific_settings: { gecko: { id: string } };
    }
  ).browser_specific_settings.gecko.id;
  const uuid = randomUUID();
  const downloads = mkdtempSync(join(tmpdir(), 'devrecall-ff-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX,
    headless: true,
    // Lets a tab open moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  const origin = `moz-extension://${uuid}`;
  return {
    browser,
    origin,
    downloads,
    openPage: async (path, selector) => {
      const page = await browser.newPage();
      // Firefox sends no load event for extension pages: wait for the page's content instead. Just
      // after install the first navigation can be replaced under the wait, so it is tried again,
      // each try short enough that all of them fit in one test's time.
      for (let attempt = 1; ; attempt++) {
        page.goto(`${origin}/${path}`).catch(() => {});
        try {
          await page.waitForSelector(selector, { timeout: 8_000 });
          return page;
        } catch (error) {
          if (attempt === 3) throw error;
        }
      }
    },
    close: async () => {
      await browser.close();
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}

/** Serves the saved docs pages at their real addresses, as `e2e/docs.ts` does for Chromium. */
export async function serveDocs(page: Page, extra: Record<string, string> = {}): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url().split('#')[0] ?? '';
    if (!url.startsWith('https://docs.djangoproject.com/')) return void request.continue();
    const html =
      extra[url] ??
      (() => {
        const fixture = manifest.pages.find((p) => docsPath(p.url) === docsPath(url));
        return fixture && request.isNavigationRequest()
          ? readFileSync(join(FIXTURES, fixture.file.replace(/^pages\//, '')), 'utf8')
          : undefined;
      })();
    if (html === undefined) return void request.respond({ status: 404, body: '' });
    void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });
}
