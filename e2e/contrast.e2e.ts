import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lowContrastText } from './contrast';
import { docsUrl, serveDocs } from './docs';
import { launchExtension, type LoadedExtension } from './extension';
import { clickLauncher, isPanelVisible, panelFrame, waitForLauncher } from './sidebar-dom';

let ext: LoadedExtension;
let noteId = '';

/** WCAG AA for body text. */
const AA = 4.5;
const THEMES = ['light', 'dark'] as const;

const NOTE_BODY = `A note with **bold**, a [link](https://docs.djangoproject.com/) and \`inline code\`.

> A quote.

| Field | Kind |
| ----- | ---- |
| name  | text |

\`\`\`python
# comment
from django.db import models  # built-in: len, str
def title(self, n=42):
    return "string" + str(len(self.name)) if True else None
class Blog(models.Model):
    pass
\`\`\`
`;

beforeAll(async () => {
  ext = await launchExtension();
  await serveDocs(ext.context);
  const library = await ext.openPage('library.html#/new');
  await library.getByLabel('Title').fill('Contrast sample');
  await library.getByRole('textbox', { name: 'Body' }).fill(NOTE_BODY);
  await library.getByRole('button', { name: /^Save/ }).click();
  await library.getByRole('heading', { name: 'Contrast sample', level: 1 }).waitFor();
  noteId = new URL(library.url()).hash.replace('#/note/', '');
  await library.close();
});
afterAll(async () => ext?.close());

async function check(target: Page | Frame, where: string): Promise<string[]> {
  const failures = await target.evaluate(lowContrastText, AA);
  return failures.map((f) => `${where}: ${f}`);
}

describe('contrast of every text and its background, in both themes', () => {
  for (const theme of THEMES) {
    it(`popup, library and options (${theme})`, async () => {
      const failures: string[] = [];
      const page = await ext.context.newPage();
      await page.emulateMedia({ colorScheme: theme });

      await page.goto(`chrome-extension://${ext.id}/popup.html`);
      await page.locator('footer').waitFor();
      const canvas = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(canvas).toBe(theme === 'dark' ? 'rgb(23, 25, 28)' : 'rgb(255, 255, 255)');
      failures.push(...(await check(page, 'popup')));
      await page.keyboard.type('select_related');
      await page.locator('mark').first().waitFor();
      failures.push(...(await check(page, 'popup results')));

      const library = [
        '/',
        '/section/django/orm',
        `/note/${noteId}`,
        '/mine',
        '/progress',
        '/backup',
      ];
      let highlighted = 0;
      for (const route of library) {
        await page.goto(`chrome-extension://${ext.id}/library.html#${route}`);
        await page.locator('main').first().waitFor();
        await page.waitForLoadState('networkidle');
        highlighted += await page.locator('.hljs-string').count();
        failures.push(...(await check(page, `library ${route}`)));
      }
      // The bundled section and the note both show highlighted code.
      expect(highlighted).toBeGreaterThan(1);

      await page.goto(`chrome-extension://${ext.id}/options.html`);
      await page.locator('main, form').first().waitFor();
      failures.push(...(await check(page, 'options')));
      await page.close();
      expect(failures).toEqual([]);
    });

    it(`docs panel (${theme})`, async () => {
      const page = await ext.context.newPage();
      await page.goto(docsUrl('topics/db/queries/'));
      await waitForLauncher(page);
      await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
      if (!(await isPanelVisible(page))) await clickLauncher(page);
      const frame = await panelFrame(page);
      await expect.poll(() => frame.locator('html').getAttribute('data-theme')).toBe(theme);
      await frame.locator('.related-toggle').first().click();
      await frame.locator('.related-body .hljs-keyword').first().waitFor();
      expect(await check(frame, 'panel')).toEqual([]);
      await page.close();
    });
  }
});
