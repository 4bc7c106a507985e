import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SaveResult } from '../entrypoints/background/save-selection';
import { readAllTables } from './db';
import { EXTENSION_DIR, launchExtension, type LoadedExtension } from './extension';

let ext: LoadedExtension;
const dialogs: string[] = [];

const CODE = `from django.db.models import Prefetch

def recent_posts(user):
\tqs = Post.objects.filter(author=user)

    # two blank lines above, a tab and trailing spaces kept   
    return qs.prefetch_related(
        Prefetch("tags", queryset=Tag.objects.order_by("name")),
    )
`;

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

// Served at a docs.djangoproject.com address: the one origin the extension may script without a
// click. On other sites the browser grants the same access (activeTab) when the user picks the
// menu item or presses the shortcut, which a headless browser cannot do.
const PAGE_URL = 'https://docs.djangoproject.com/en/5.2/howto/prefetch-recipes/';
const PAGE = `<!doctype html><html><head><title>Prefetch recipes</title></head><body>
<h1>Prefetch recipes</h1>
<p id="prose">Plain text with <code>&lt;img src=x onerror=alert(1)&gt;</code> and &lt;script&gt;alert(2)&lt;/script&gt; in it.</p>
<div class="highlight-python notranslate"><div class="highlight"><pre id="code">${escapeHtml(CODE)}</pre></div></div>
<textarea id="huge"></textarea>
</body></html>`;

beforeAll(async () => {
  ext = await launchExtension();
  ext.context.on('page', (p) =>
    p.on('dialog', (d) => void (dialogs.push(d.message()), d.dismiss())),
  );
  await ext.context.route(PAGE_URL, (route) =>
    route.fulfill({ contentType: 'text/html', body: PAGE }),
  );
  await ext.context.route('https://example.com/**', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<title>Elsewhere</title><p>Some words here</p>',
    }),
  );
});
afterAll(async () => ext?.close());

async function openSource(): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(PAGE_URL);
  await page.bringToFront();
  return page;
}

async function selectElement(page: Page, id: string) {
  await page.evaluate((elementId) => {
    const range = document.createRange();
    range.selectNodeContents(document.getElementById(elementId) as HTMLElement);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
  }, id);
}

const savedId = (result: SaveResult) => (result.ok ? result.snippet.id : undefined);
const saveFromActiveTab = () => ext.worker.evaluate(() => devrecall.saveFromActiveTab());

const noticeText = (page: Page) =>
  page.evaluate(() => document.getElementById('devrecall-notice')?.shadowRoot?.textContent ?? '');

describe('saving snippets', () => {
  it('keeps a <pre> block exactly, with its page title and URL, and finds it from the popup', async () => {
    const page = await openSource();
    await selectElement(page, 'code');
    const result = await saveFromActiveTab();
    expect(result.ok).toBe(true);
    await expect.poll(() => noticeText(page)).toBe('Saved to DevRecall.');

    const popup = await ext.openPage('popup.html');
    const { snippets } = await readAllTables(popup);
    const stored = snippets?.find((s) => (s as { id: string }).id === savedId(result)) as Record<
      string,
      unknown
    >;
    expect(stored.text).toBe(CODE);
    expect(stored.language).toBe('python');
    expect(stored.pageTitle).toBe('Prefetch recipes');
    expect(stored.pageUrl).toBe(PAGE_URL);

    await popup.getByRole('combobox').pressSequentially('recent_posts');
    const first = popup.locator('.result').first();
    await expect.poll(() => first.getAttribute('data-id')).toBe(`snippet:${savedId(result)}`);
    expect(await first.locator('.kind').textContent()).toBe('Snippet');
    expect(await first.locator('.result-context').textContent()).toBe('Prefetch recipes');
    await popup.keyboard.press('Enter');
    const code = popup.locator('.snippet-detail pre code');
    await code.waitFor();
    expect(await code.textContent()).toBe(CODE);
    expect(await popup.locator('.source-url').textContent()).toBe(PAGE_URL);
    expect(await popup.getByRole('link', { name: 'Prefetch recipes' }).getAttribute('href')).toBe(
      PAGE_URL,
    );

    await popup.getByRole('button', { name: 'Edit note, tags, language' }).click();
    await popup.getByLabel('Note').fill('Prefetch with a custom queryset');
    await popup.getByLabel(/^Tags/).fill('orm, performance');
    await popup.getByRole('button', { name: 'Save' }).click();
    await popup.getByText('Prefetch with a custom queryset').waitFor();
    await popup.getByText('#performance').waitFor();
    await Promise.all([page.close(), popup.close()]);
  });

  it('saves nothing and says so when nothing is selected', async () => {
    const page = await openSource();
    const popup = await ext.openPage('popup.html');
    const before = (await readAllTables(popup)).snippets?.length;
    await page.bringToFront();
    const result = await saveFromActiveTab();
    expect(result).toEqual({ ok: false, message: expect.stringContaining('Nothing is selected') });
    await expect.poll(() => noticeText(page)).toContain('Nothing is selected');
    expect((await readAllTables(popup)).snippets?.length).toBe(before);
    await Promise.all([page.close(), popup.close()]);
  });

  it('refuses a selection over 100 KB with a clear message, saving nothing', async () => {
    const page = await openSource();
    const popup = await ext.openPage('popup.html');
    const before = (await readAllTables(popup)).snippets?.length;
    await page.bringToFront();
    await page.evaluate(() => {
      const area = document.getElementById('huge') as HTMLTextAreaElement;
      area.value = 'x = 1\n'.repeat(30_000);
      area.focus();
      area.select();
    });
    const result = await saveFromActiveTab();
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/180 KB; DevRecall saves selections up to 100 KB/);
    await expect.poll(() => noticeText(page)).toContain('up to 100 KB');
    expect((await readAllTables(popup)).snippets?.length).toBe(before);
    await Promise.all([page.close(), popup.close()]);
  });

  it('stores hostile HTML as text and shows it as text', async () => {
    const page = await openSource();
    await selectElement(page, 'prose');
    const result = await saveFromActiveTab();
    expect(result.ok).toBe(true);
    const popup = await ext.openPage('popup.html');
    await popup.getByRole('combobox').pressSequentially('onerror');
    // The snippet comes first once the user's records are read; a docs entry may lead until then.
    await expect
      .poll(() => popup.locator('.result').first().getAttribute('data-id'))
      .toBe(`snippet:${savedId(result)}`);
    await popup.keyboard.press('Enter');
    const code = popup.locator('.snippet-detail pre code');
    await code.waitFor();
    expect(await code.textContent()).toContain(
      '<img src=x onerror=alert(1)> and <script>alert(2)</script>',
    );
    expect(await popup.locator('.snippet-detail img, .snippet-detail script').count()).toBe(0);
    await popup.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    await Promise.all([page.close(), popup.close()]);
  });

  it('falls back to the menu text where the page cannot be scripted, and says so', async () => {
    const page = await ext.context.newPage();
    await page.goto('https://example.com/article');
    await page.bringToFront();
    const result = await ext.worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return devrecall.saveSelection({
        tab,
        menuText: 'Some words here',
        pageUrl: 'https://example.com/article',
      });
    });
    expect(result.ok).toBe(true);
    expect(result.message).toContain('as plain text');
    const popup = await ext.openPage('popup.html');
    const stored = (await readAllTables(popup)).snippets?.find(
      (s) => (s as { id: string }).id === savedId(result),
    ) as Record<string, unknown>;
    expect(stored).toMatchObject({
      text: 'Some words here',
      pageUrl: 'https://example.com/article',
    });
    await page.bringToFront();
    const title = await ext.worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return chrome.action.getTitle({ tabId: tab?.id });
    });
    expect(title).toContain('as plain text');
    await Promise.all([page.close(), popup.close()]);
  });
});

describe('permissions', () => {
  it('asks for no broad host access', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    // Broad access is only ever optional: asked for one origin when a stack is installed from a URL.
    const { optional_host_permissions: optional, ...required } = manifest;
    expect(JSON.stringify(required)).not.toMatch(/<all_urls>|\*:\/\/\*\/|https?:\/\/\*\//);
    expect(optional).toEqual(['https://*/*']);
    expect(manifest.permissions.sort()).toEqual([
      'activeTab',
      'contextMenus',
      'scripting',
      'storage',
    ]);
    for (const host of manifest.host_permissions ?? [])
      expect(host).toBe('https://docs.djangoproject.com/*');
    for (const script of manifest.content_scripts ?? []) {
      expect(script.matches).toEqual(['https://docs.djangoproject.com/*']);
    }
  });
});
