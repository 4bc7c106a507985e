import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lowContrastText } from './contrast';
import { docsUrl, serveDocs } from './docs';
import { launchExtension, type LoadedExtension } from './extension';
import {
  clickLauncher,
  isPanelVisible,
  panelFrame,
  panelTakesClicks,
  waitForLauncher,
} from './sidebar-dom';

let ext: LoadedExtension;

beforeAll(async () => {
  ext = await launchExtension();
  await serveDocs(ext.context);
});
afterAll(async () => ext?.close());

describe('the docs panel as an invisible overlay', () => {
  it('ignores clicks while the page makes it nearly transparent, and says so legibly', async () => {
    const page = await ext.context.newPage();
    await page.goto(docsUrl('topics/migrations/'));
    await page.bringToFront();
    await waitForLauncher(page);
    await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
    if (!(await isPanelVisible(page))) await clickLauncher(page);
    const frame = await panelFrame(page);
    await expect.poll(() => frame.locator('html').getAttribute('data-theme')).toBe('dark');
    await frame.locator('section[aria-busy="false"]').first().waitFor();
    const addNote = frame.getByRole('button', { name: '+ Add a note for this page' });
    const ignored = frame.getByRole('alert').filter({ hasText: 'ignored that click' });

    // The docs page's own script fades the sidebar, panel frame included, to 1%.
    const setOpacity = (opacity: string) =>
      page.evaluate((value) => {
        const host = document.querySelector('devrecall-sidebar') as HTMLElement;
        host.style.setProperty('opacity', value, 'important');
      }, opacity);
    await setOpacity('0.01');
    await frame.locator('main[data-clicks="refused"]').waitFor();
    await addNote.click();
    await ignored.waitFor();
    expect(await frame.getByLabel('Title').count()).toBe(0);
    // The notice reads well in the dark theme (WCAG AA).
    expect(await frame.evaluate(lowContrastText, 4.5)).toEqual([]);

    // Shown again, the same click works.
    await setOpacity('1');
    await panelTakesClicks(frame);
    await addNote.click();
    await frame.getByLabel('Title').waitFor();
    await page.close();
  });
});
