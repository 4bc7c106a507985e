import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../.output/chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface LoadedExtension {
  context: BrowserContext;
  id: string;
  worker: Worker;
  /** Opens an extension page (e.g. `popup.html`) in a new tab. */
  openPage: (path: string) => Promise<Page>;
  close: () => Promise<void>;
}

export const welcomeUrl = (id: string) => `chrome-extension://${id}/welcome.html`;

/** Closes the welcome tab a new install opens, waiting for it as the worker opens it at its start. */
async function closeWelcome(context: BrowserContext, id: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const welcome = context.pages().find((page) => page.url() === welcomeUrl(id));
    if (welcome) return welcome.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('A new install opened no welcome tab.');
}

/**
 * Starts headless Chromium with the built extension loaded, in a fresh profile or in `reuse`
 * (kept on close, to start the browser again on the same data). The welcome tab of a new install
 * is closed unless `keepWelcome`. `dir` is the build loaded: this checkout's, unless a benchmark
 * compares another.
 */
export async function launchExtension(
  reuse?: string,
  { keepWelcome = false, dir = EXTENSION_DIR } = {},
): Promise<LoadedExtension> {
  const profile = reuse ?? mkdtempSync(join(tmpdir(), 'devrecall-e2e-'));
  const fresh = !existsSync(join(profile, 'Default'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // A fresh profile is a new install, which opens the welcome tab: closed here, so tests that act
  // on the active tab act on their own.
  if (fresh && !keepWelcome) await closeWelcome(context, id);
  return {
    context,
    id,
    worker,
    openPage: async (path) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${id}/${path}`);
      return page;
    },
    close: async () => {
      await context.close();
      if (!reuse) rmSync(profile, { recursive: true, force: true });
    },
  };
}
