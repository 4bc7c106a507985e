import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docsUrl, serveDocs } from './docs';
import { waitForLauncher } from './sidebar-dom';
import { launchExtension, type LoadedExtension } from './extension';

let ext: LoadedExtension;

beforeAll(async () => {
  ext = await launchExtension();
  await serveDocs(ext.context);
});
afterAll(async () => ext?.close());

describe('options page', () => {
  it('says plainly when a setting cannot be saved, and shows the value still stored', async () => {
    const options = await ext.openPage('options.html');
    await options.getByLabel('Light').check();
    await expect.poll(() => options.locator('html').getAttribute('data-theme')).toBe('light');
    // The disk is full: every write the browser is asked for fails as it would then.
    await options.evaluate(() => {
      const full = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      IDBObjectStore.prototype.put = full;
      IDBObjectStore.prototype.add = full;
    });
    // A click, not check(): the choice springs back once the write fails.
    await options.getByLabel('Dark').click();
    await options
      .getByRole('alert')
      .getByText(/That setting was not saved\. The browser has no room left/)
      .waitFor();
    await expect.poll(() => options.getByLabel('Light').isChecked()).toBe(true);
    await options.reload();
    await expect.poll(() => options.getByLabel('Light').isChecked()).toBe(true);
    await options.getByLabel('Follow the system').check();
    await options.close();
  });

  it('lists the shortcuts and applies the chosen theme to the other pages', async () => {
    const options = await ext.openPage('options.html');
    const shortcuts = options.locator('.shortcuts');
    await expect
      .poll(() => shortcuts.textContent())
      .toContain('Save the selected text to DevRecall');
    expect(await shortcuts.textContent()).toContain('Alt+Shift+S');
    await options.getByLabel('Dark').check();
    const popup = await ext.openPage('popup.html');
    await expect.poll(() => popup.locator('html').getAttribute('data-theme')).toBe('dark');
    const background = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(23, 25, 28)');
    await options.getByLabel('Follow the system').check();
    await expect.poll(() => popup.locator('html').getAttribute('data-theme')).toBe(null);
    await popup.close();
    await options.close();
  });

  it('turns the docs launcher off and on', async () => {
    const options = await ext.openPage('options.html');
    const notice = options.getByRole('status').filter({ hasText: 'switched off' });
    expect(await notice.count()).toBe(0);
    await options.getByLabel('Show related notes on docs.djangoproject.com').uncheck();
    await expect.poll(() => notice.textContent()).toMatch(/Tick the box above to turn it back on/);
    const docs = await ext.context.newPage();
    await docs.goto(docsUrl('ref/csrf/'));
    await docs.locator('#docs-content').waitFor();
    await docs.waitForTimeout(500);
    expect(await docs.locator('devrecall-sidebar').count()).toBe(0);
    await options.getByLabel('Show related notes on docs.djangoproject.com').check();
    await notice.waitFor({ state: 'detached' });
    await docs.reload();
    await waitForLauncher(docs);
    await Promise.all([docs.close(), options.close()]);
  });
});
