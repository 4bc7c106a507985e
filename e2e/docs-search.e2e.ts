import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { serveDocs } from './docs';
import { launchExtension, type LoadedExtension } from './extension';

let ext: LoadedExtension;
let popup: Page;

const CSRF_EXEMPT = 'docs:django/ref/csrf/#django.views.decorators.csrf.csrf_exempt';
const CSRF_EXEMPT_URL =
  'https://docs.djangoproject.com/en/5.2/ref/csrf/#django.views.decorators.csrf.csrf_exempt';

beforeAll(async () => {
  ext = await launchExtension();
  await serveDocs(ext.context);
  // The docs' own search page is not a fixture: answer it with a stand-in page.
  await ext.context.route('https://docs.djangoproject.com/*/*/search/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Search</title>' }),
  );
});
afterAll(async () => ext?.close());

beforeEach(async () => {
  await popup?.close().catch(() => {});
  popup = await ext.openPage('popup.html');
  await expect
    .poll(() => popup.evaluate(() => document.activeElement?.getAttribute('aria-label')))
    .toBe('Search DevRecall');
});

const box = () => popup.getByRole('combobox', { name: 'Search DevRecall' });

/**
 * The tab the popup opened, once it shows the routed page. A tab the extension creates starts
 * loading before Playwright can route it, so the first load fails offline; loading it again
 * (same address, anchor and all) goes through the route.
 */
async function openedTab(opened: Promise<Page>): Promise<Page> {
  const tab = await opened;
  await tab.waitForLoadState('domcontentloaded');
  if (tab.url().startsWith('chrome-error:')) {
    // The newest tab is the one just opened.
    const [tabUrl] = await ext.worker.evaluate(async () =>
      (await chrome.tabs.query({}))
        .sort((a, b) => (b.id ?? 0) - (a.id ?? 0))
        .map((t) => t.url ?? ''),
    );
    // The browser may be loading it again itself; either way it ends at the routed page.
    await tab.goto(tabUrl ?? '').catch(() => tab.waitForURL(tabUrl ?? ''));
  }
  return tab;
}

/** Types a query and waits for the docs index to answer it (docs rows appear). */
async function search(query: string, expectDocs = true): Promise<string[]> {
  await box().fill('');
  await box().pressSequentially(query);
  // The results shown are for the whole query, not one of its prefixes (the docs-search row names it).
  await expect.poll(() => popup.locator('.docs-search strong').textContent()).toBe(query.trim());
  const rows = popup.locator('.result[data-id]');
  if (expectDocs) await popup.locator('.result[data-id^="docs:"]').first().waitFor();
  return rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-id') ?? ''));
}

describe('docs entries in popup search', () => {
  it('csrf_exempt: the docs entry first, the CSRF note in the top 3, labelled apart', async () => {
    const ids = await search('csrf_exempt');
    expect(ids[0]).toBe(CSRF_EXEMPT);
    expect(ids.slice(0, 3)).toContain('django/q-csrf');
    const first = popup.locator('.result').first();
    await expect.poll(() => first.locator('.kind').textContent()).toBe('Docs');
    await expect
      .poll(() => first.locator('.result-context').textContent())
      .toContain('Cross Site Request Forgery protection');
  });

  it.each([['SerializerMethodField'], ['throttle']])(
    '%s reaches the DRF API guide',
    async (query) => {
      const ids = await search(query);
      expect(ids.slice(0, 3).some((id) => id.startsWith('docs:drf/api-guide/'))).toBe(true);
    },
  );

  it('F expression: the F() expressions entry first, not the FBV question', async () => {
    const ids = await search('F expression');
    expect([
      'docs:django/ref/models/expressions/#f-expressions',
      'docs:django/ref/models/expressions/#django.db.models.F',
    ]).toContain(ids[0]);
    expect(ids.indexOf('django/q-fbv-cbv')).not.toBe(0);
  });

  it('drf: the Django REST Framework note first', async () => {
    const ids = await search('drf');
    expect(ids[0]).toMatch(/^django\/drf-/);
  });

  it('Enter opens the docs entry at its anchor in a new tab', async () => {
    await search('csrf_exempt');
    const opened = ext.context.waitForEvent('page');
    // Opening a docs page closes the popup, so the key press never sees its page again.
    void popup.keyboard.press('Enter').catch(() => {});
    const tab = await openedTab(opened);
    expect(tab.url()).toBe(CSRF_EXEMPT_URL);
    await expect
      .poll(() => tab.locator('#django\\.views\\.decorators\\.csrf\\.csrf_exempt').count())
      .toBe(1);
    await tab.close();
  });

  it('Shift+Enter copies the docs link, as the footer says', async () => {
    await search('csrf_exempt');
    await expect.poll(() => popup.locator('.popup-footer').textContent()).toContain('copy link');
    await popup.keyboard.press('Shift+Enter');
    await popup.getByText('Link copied').waitFor();
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(CSRF_EXEMPT_URL);
  });

  it('an unknown word offers the Django docs search, which Enter opens', async () => {
    await box().fill('qqxzvw');
    await expect.poll(() => popup.getByRole('status').textContent()).toContain('No matches');
    const link = popup.locator('.docs-search');
    await expect.poll(() => link.textContent()).toBe('Search the Django docs for qqxzvw ↗');
    const opened = ext.context.waitForEvent('page');
    // Opening a docs page closes the popup, so the key press never sees its page again.
    void popup.keyboard.press('Enter').catch(() => {});
    const tab = await openedTab(opened);
    expect(tab.url()).toBe('https://docs.djangoproject.com/en/5.2/search/?q=qqxzvw');
    await tab.close();
  });

  it('docs links follow the docs version chosen in the options, anchor kept', async () => {
    const options = await ext.openPage('options.html');
    await options.getByLabel('Docs version').selectOption('stable');
    await popup.close();
    popup = await ext.openPage('popup.html');
    await search('csrf_exempt');
    const opened = ext.context.waitForEvent('page');
    // Opening a docs page closes the popup, so the key press never sees its page again.
    void popup.keyboard.press('Enter').catch(() => {});
    const tab = await openedTab(opened);
    expect(tab.url()).toBe(CSRF_EXEMPT_URL.replace('/en/5.2/', '/en/stable/'));
    await tab.close();
    await options.getByLabel('Docs version').selectOption('5.2');
    await options.close();
  });
});
