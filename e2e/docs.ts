import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';

export const FIXTURES = resolve(import.meta.dirname, 'fixtures/docs');

interface FixturePage {
  file: string;
  url: string;
  title: string;
}

const manifest = JSON.parse(readFileSync(join(FIXTURES, 'manifest.json'), 'utf8')) as {
  pages: FixturePage[];
};

/** The docs path of a fixture page, e.g. `topics/db/queries/`. */
const docsPath = (url: string) => new URL(url).pathname.replace(/^\/[^/]+\/[^/]+\//, '');

/**
 * Serves the saved docs pages at their real addresses, in every language and version
 * (`/en/5.2/…`, `/fr/4.2/…`, `/en/dev/…`), and nothing else from the docs site.
 */
export async function serveDocs(context: BrowserContext, extraCss = ''): Promise<void> {
  await context.route('https://docs.djangoproject.com/**', async (route) => {
    const path = docsPath(route.request().url().split('#')[0] ?? '');
    const page = manifest.pages.find((p) => docsPath(p.url) === path);
    if (!page || route.request().resourceType() !== 'document') {
      await route.fulfill({ status: 404, body: '' });
      return;
    }
    let html = readFileSync(join(FIXTURES, page.file.replace(/^pages\//, '')), 'utf8');
    if (extraCss) html = html.replace('</head>', `<style>${extraCss}</style></head>`);
    await route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
  });
}

export const docsUrl = (path: string, prefix = 'en/5.2') =>
  `https://docs.djangoproject.com/${prefix}/${path}`;
