import { chromium, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docsUrl, serveDocs } from './docs';
import { launchExtension, type LoadedExtension } from './extension';
import {
  clickLauncher,
  inSidebar,
  isLauncherVisible,
  isPanelVisible,
  launcherState,
  panelFrame,
  sidebarBox,
  waitForLauncher,
} from './sidebar-dom';

let ext: LoadedExtension;

beforeAll(async () => {
  ext = await launchExtension();
  await serveDocs(ext.context);
});
afterAll(async () => ext?.close());

async function openDocs(path: string, prefix?: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(docsUrl(path, prefix));
  await page.bringToFront();
  await waitForLauncher(page);
  return page;
}

/** Opens the panel, unless it opened by itself because it was left open on the last page. */
async function openPanel(page: Page) {
  await expect
    .poll(async () => (await isPanelVisible(page)) || (await isLauncherVisible(page)))
    .toBe(true);
  if (!(await isPanelVisible(page))) await clickLauncher(page);
  const frame = await panelFrame(page);
  await frame.getByRole('heading', { name: 'From your stacks' }).waitFor();
  // Related sections come from the background with the page's items.
  await frame.locator('section[aria-busy="false"]').first().waitFor();
  return frame;
}

/** The start of the French translation of Models (topics/db/models), as the docs site serves it. */
const FRENCH_MODELS_PAGE = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Modèles | Documentation de Django</title></head>
<body><article id="docs-content"><div class="section" id="s-models">
<h1>Modèles</h1>
<p>Un modèle est la source d’information unique et définitive à propos de vos données. Il contient
les champs et le comportement essentiels des données que vous stockez. Généralement, chaque modèle
correspond à une seule table de base de données.</p>
<div class="section" id="s-quick-example"><h2>Exemple rapide</h2>
<p>Cet exemple de modèle définit une personne avec un prénom et un nom de famille.</p>
<p>Chaque attribut du modèle représente un champ de base de données. Avec tout ceci, Django vous
offre une API d’accès à la base de données générée automatiquement.</p></div>
</div></article></body></html>`;

const relatedIds = (frame: Frame) =>
  frame
    .locator('.related-item')
    .evaluateAll((items) => items.map((i) => i.getAttribute('data-id')));

describe('docs sidebar', () => {
  it('lists django/orm first on Making queries, with its code and a reason', async () => {
    const page = await openDocs('topics/db/queries/');
    expect(Number((await launcherState(page))?.count)).toBeGreaterThan(0);
    const frame = await openPanel(page);
    expect((await relatedIds(frame))[0]).toBe('django/orm');
    const box = await sidebarBox(page, 'iframe.panel');
    const viewport = page.viewportSize();
    expect(box?.height).toBe(viewport?.height);
    expect(box && viewport && box.x + box.width).toBe(viewport?.width);
    const first = frame.locator('.related-item').first();
    await first.locator('.related-toggle').click();
    expect(await first.locator('.reason').textContent()).toMatch(/^Mentions /);
    await first.locator('.code-block').first().waitFor();
    expect(await first.locator('.hljs-keyword').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('lists django/q-csrf on the CSRF reference', async () => {
    const page = await openDocs('ref/csrf/');
    const frame = await openPanel(page);
    expect(await relatedIds(frame)).toContain('django/q-csrf');
    await page.close();
  });

  it('lists django/setup on the first tutorial, whose outline never names it', async () => {
    const page = await openDocs('intro/tutorial01/');
    const frame = await openPanel(page);
    expect((await relatedIds(frame))[0]).toBe('django/setup');
    await frame.locator('.related-toggle').first().click();
    expect(await frame.locator('.related-item .reason').first().textContent()).toMatch(
      /runserver|startproject|django-admin/,
    );
    await page.close();
  });

  it('lists what the docs map picks for a translated page, whose wording no note shares', async () => {
    const url = docsUrl('topics/db/models/', 'fr/5.2');
    await ext.context.route(url, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: FRENCH_MODELS_PAGE }),
    );
    const page = await openDocs('topics/db/models/', 'fr/5.2');
    const frame = await openPanel(page);
    expect(await relatedIds(frame)).toEqual(['django/models', 'django/orm']);
    await ext.context.unroute(url);
    await page.close();
  });

  it('shows no bundled note on release notes', async () => {
    const page = await openDocs('releases/5.0/');
    const frame = await openPanel(page);
    await frame.getByText('No note in your stacks covers this page.').waitFor();
    expect(await relatedIds(frame)).toEqual([]);
    await page.close();
  });

  it('shows a snippet saved from the queries page, in another version and language too', async () => {
    const page = await openDocs('topics/db/queries/');
    await page.evaluate(() => {
      const pre = document.querySelector('#docs-content pre') as HTMLElement;
      const range = document.createRange();
      range.selectNodeContents(pre);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    });
    const expected = await page.evaluate(
      () => document.querySelector('#docs-content pre')?.textContent,
    );
    const result = await ext.worker.evaluate(() => devrecall.saveFromActiveTab());
    expect(result.ok).toBe(true);

    for (const prefix of ['en/5.2', 'fr/4.2']) {
      const docs = prefix === 'en/5.2' ? page : await openDocs('topics/db/queries/', prefix);
      if (docs === page) await page.reload();
      const frame = await openPanel(docs);
      const snippet = frame.locator('.mine-snippet');
      await snippet.first().waitFor();
      expect(await snippet.first().locator('pre code').textContent()).toBe(expected);
      await docs.close();
    }
  });

  it('says "from 4.2" on a snippet saved from the 4.2 docs of the page', async () => {
    const old = await openDocs('topics/db/queries/', 'en/4.2');
    await old.evaluate(() => {
      const pre = document.querySelectorAll('#docs-content pre')[1] as HTMLElement;
      const range = document.createRange();
      range.selectNodeContents(pre);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    });
    expect((await ext.worker.evaluate(() => devrecall.saveFromActiveTab())).ok).toBe(true);
    await old.close();

    const page = await openDocs('topics/db/queries/');
    const frame = await openPanel(page);
    const saved = frame.locator('.mine-snippet', { has: frame.locator('.from-version') });
    await saved.first().waitFor();
    expect(await saved.first().locator('.from-version').textContent()).toBe('from 4.2');
    await page.close();
  });

  it('warns a snippet saved from 4.2 of a change in its part of the page, and shows it', async () => {
    const old = await openDocs('ref/models/querysets/', 'en/4.2');
    for (const selector of ['#s-values pre', '#s-filter > p']) {
      await old.evaluate((selector) => {
        const range = document.createRange();
        range.selectNodeContents(document.querySelector(selector) as Node);
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(range);
      }, selector);
      expect((await ext.worker.evaluate(() => devrecall.saveFromActiveTab())).ok).toBe(true);
    }
    await old.close();

    const page = await openDocs('ref/models/querysets/');
    const frame = await openPanel(page);
    const snippets = frame
      .getByRole('list', { name: 'Your notes and snippets for this page' })
      .locator('.mine-snippet');
    await expect.poll(() => snippets.count()).toBe(2);
    const values = snippets.filter({ hasText: 'values()' });
    const filter = snippets.filter({ hasText: 'Returns a new QuerySet containing objects' });
    // The page also marks explain() as changed in 5.1: not this snippet's part.
    expect(await values.locator('.stale').textContent()).toBe(
      '⚠ Changed in 5.2 — check this part of the page',
    );
    expect(await filter.locator('.from-version').textContent()).toBe('from 4.2');
    expect(await filter.locator('.stale').count()).toBe(0);

    const change = page.locator('#s-values div.versionchanged');
    const inView = () =>
      change.evaluate((el) => {
        const box = el.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= innerHeight;
      });
    expect(await inView()).toBe(false);
    await values.getByRole('link', { name: 'check this part of the page' }).click();
    await expect.poll(inView).toBe(true);
    expect(await isPanelVisible(page)).toBe(true);
    await page.close();
  });

  it('adds a note from the panel that the popup then finds', async () => {
    const page = await openDocs('topics/migrations/');
    const frame = await openPanel(page);
    await frame.getByRole('button', { name: '+ Add a note for this page' }).click();
    await frame.getByLabel('Title').fill('Squash old migrations');
    await frame.getByLabel(/^Note/).fill('Use `squashmigrations app 0042` before a release.');
    await frame.getByRole('button', { name: 'Save note' }).click();
    await frame.locator('.mine-note').getByText('Squash old migrations').waitFor();

    const popup = await ext.openPage('popup.html');
    await popup.getByRole('combobox').pressSequentially('squashmigrations');
    // The squashmigrations command's docs entry is the stronger match; the note follows it.
    await expect
      .poll(async () => (await popup.locator('.result').allTextContents()).join('\n'))
      .toContain('Squash old migrations');
    await Promise.all([page.close(), popup.close()]);
  });

  it('toggles with the shortcut, closes with Esc, and remembers open or closed', async () => {
    const page = await openDocs('topics/http/middleware/');
    const toggle = () => ext.worker.evaluate(() => devrecall.toggleSidebarInActiveTab());
    await expect
      .poll(async () => (await isPanelVisible(page)) || (await isLauncherVisible(page)))
      .toBe(true);
    if (await isPanelVisible(page)) {
      await toggle();
      await expect.poll(() => isPanelVisible(page)).toBe(false);
    }

    await toggle();
    await expect.poll(() => isPanelVisible(page)).toBe(true);
    await page.reload();
    await expect.poll(() => isPanelVisible(page)).toBe(true);

    const frame = await panelFrame(page);
    await frame.getByRole('heading', { name: 'From your stacks' }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => isPanelVisible(page)).toBe(false);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.tagName))
      .toBe('DEVRECALL-SIDEBAR');

    await page.reload();
    await waitForLauncher(page);
    expect(await inSidebar(page, (root) => root.querySelectorAll('iframe.panel').length)).toBe(0);
    await page.close();
  });

  it('takes the keyboard when opened from the launcher, keeps Tab inside and gives focus back on Esc', async () => {
    const page = await openDocs('ref/csrf/');
    if (await isPanelVisible(page)) {
      await (await panelFrame(page)).locator('h1').focus();
      await page.keyboard.press('Escape');
    }
    await expect.poll(() => isLauncherVisible(page)).toBe(true);
    await clickLauncher(page);
    const frame = await panelFrame(page);
    await frame.getByRole('heading', { name: 'From your stacks' }).waitFor();
    const focusInPanel = () =>
      frame.evaluate(() => (document.hasFocus() ? document.activeElement?.tagName : 'outside'));
    await expect.poll(focusInPanel).toBe('H1');

    // The reader's own items first, then the stacks' sections, each on one line and collapsed.
    expect(await frame.locator('h2').allTextContents()).toEqual([
      'Yours for this page',
      'From your stacks',
    ]);
    const rows = frame.locator('.related-item');
    expect(await rows.count()).toBeGreaterThan(0);
    const lineHeight = await frame
      .locator('.related-title')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    for (const row of await rows.all()) {
      const toggle = row.locator('.related-toggle');
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      const titleBox = await row.locator('.related-title').boundingBox();
      expect(titleBox?.height).toBeLessThan(lineHeight * 1.5);
      expect(await row.locator('.code-block').count()).toBe(0);
      const chevron = await row
        .locator('.chevron')
        .evaluate((el) => getComputedStyle(el, '::before').content);
      expect(chevron).toBe('"▸"');
      await row.getByRole('button', { name: /^Copy / }).waitFor();
      // Interview questions are practised from the start.
      await row.getByRole('button', { name: /^(Practise|Stop practising) / }).waitFor();
    }
    const first = rows.first();
    await first.locator('.related-toggle').click();
    expect(await first.locator('.related-toggle').getAttribute('aria-expanded')).toBe('true');
    await first.locator('.related-body').waitFor();
    const copy = first.getByRole('button', { name: /^Copy / });
    await copy.click();
    await expect.poll(() => copy.textContent()).toBe('Copied');
    const practise = first.getByRole('button', { name: /^(Practise|Stop practising) / });
    const pressed = await practise.getAttribute('aria-pressed');
    await practise.click();
    await expect.poll(() => practise.getAttribute('aria-pressed')).not.toBe(pressed);

    // A note of the reader's own, listed first, with the same two actions.
    await frame.getByRole('button', { name: '+ Add a note for this page' }).click();
    await frame.getByLabel('Title').fill('CSRF in my forms');
    await frame.getByLabel('Title').press('Control+Enter');
    const mine = frame.locator('.mine-note', { hasText: 'CSRF in my forms' });
    await mine.getByRole('button', { name: 'Copy CSRF in my forms' }).waitFor();
    await mine.getByRole('button', { name: 'Practise CSRF in my forms' }).click();
    await mine.getByRole('button', { name: 'Stop practising CSRF in my forms' }).click();
    await mine.getByRole('button', { name: 'Undo' }).click();
    await mine.getByRole('button', { name: 'Stop practising CSRF in my forms' }).waitFor();

    // Tab and Shift+Tab go round the panel's controls and never reach the docs page.
    await frame.locator('h1').focus();
    const controls = await frame.evaluate(
      () =>
        [...document.querySelectorAll('a[href], button, input, textarea')].filter(
          (el) => el.getClientRects().length > 0,
        ).length,
    );
    for (let i = 0; i < controls + 3; i++) {
      await page.keyboard.press('Tab');
      expect(await focusInPanel()).toMatch(/^(A|BUTTON|INPUT|TEXTAREA)$/);
    }
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Shift+Tab');
      expect(await focusInPanel()).toMatch(/^(A|BUTTON|INPUT|TEXTAREA)$/);
    }

    await page.keyboard.press('Escape');
    await expect.poll(() => isPanelVisible(page)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('DEVRECALL-SIDEBAR');
    expect(await inSidebar(page, (root) => root.activeElement?.className)).toBe('launcher');
    await page.close();
  });

  it("follows the docs page's theme", async () => {
    const page = await openDocs('ref/csrf/');
    await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
    const frame = await openPanel(page);
    await expect.poll(() => frame.locator('html').getAttribute('data-theme')).toBe('dark');
    expect(await page.locator('devrecall-sidebar').getAttribute('data-theme')).toBe('dark');
    await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));
    await expect.poll(() => frame.locator('html').getAttribute('data-theme')).toBe('light');
    await page.close();
  });
});

describe('the docs page itself', () => {
  it('keeps article#docs-content where it is without the extension', async () => {
    const plain = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
    const plainContext = await plain.newContext({ viewport: { width: 1280, height: 800 } });
    await serveDocs(plainContext);
    const without = await plainContext.newPage();
    await without.goto(docsUrl('topics/db/queries/'));
    const expected = await without.locator('article#docs-content').boundingBox();
    await plain.close();

    const page = await openDocs('topics/db/queries/');
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await page.locator('article#docs-content').boundingBox()).toEqual(expected);
    await page.close();
  });

  it('does not let docs CSS restyle the launcher or the panel', async () => {
    const page = await openDocs('ref/csrf/');
    const style = () =>
      inSidebar(page, (root) => {
        const s = getComputedStyle(root.querySelector('.launcher') as Element);
        return [s.color, s.backgroundColor, s.fontFamily, s.fontSize, s.right];
      });
    const before = await style();
    await page.addStyleTag({
      content: `* { color: rgb(255, 0, 0) !important; font: 30px serif !important; background: yellow !important; }
        button, iframe, devrecall-sidebar { display: none !important; right: 50% !important; }`,
    });
    expect(await style()).toEqual(before);
    const frame = await openPanel(page);
    const panelFont = await frame.locator('body').evaluate((el) => getComputedStyle(el).fontFamily);
    expect(panelFont).not.toContain('serif,');
    expect(panelFont).toContain('system-ui');
    await page.close();
  });
});
