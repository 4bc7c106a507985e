/**
 * Screenshots of the popup, library, docs panel and options page in the light and dark themes,
 * taken from the built extension in headless Chromium, into `screenshots/` (git-ignored).
 * `npm run screenshots` builds first. Not part of `npm test`: the pictures are for people.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { docsUrl, serveDocs } from '../e2e/docs';
import { launchExtension } from '../e2e/extension';
import { clickLauncher, isLauncherVisible, isPanelVisible } from '../e2e/sidebar-dom';

const OUT = resolve(import.meta.dirname, '../screenshots');
const THEMES = ['light', 'dark'] as const;

const NOTE = `Prefetch what a loop will touch, or each pass queries again.

\`\`\`python
# One query for the posts, one for all their tags
posts = Post.objects.prefetch_related("tags")
for post in posts:
    print(post.title, [tag.name for tag in post.tags.all()])
\`\`\`
`;

/** The e2e helpers wait with Vitest's `expect.poll`; outside Vitest this does the same. */
async function until<T>(find: () => Promise<T | undefined> | T | undefined): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const found = await find();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('Timed out waiting for the page');
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const ext = await launchExtension();
  const shots: string[] = [];
  const shoot = async (page: Page, name: string) => {
    const file = join(OUT, `${name}.png`);
    // Let live queries answer and transitions end.
    await page.waitForTimeout(400);
    await page.screenshot({ path: file });
    shots.push(file);
  };
  try {
    await serveDocs(ext.context);
    const library = await ext.openPage('library.html#/new');
    await library.getByLabel('Title').fill('Prefetch in loops');
    await library.getByRole('textbox', { name: 'Body' }).fill(NOTE);
    await library.getByRole('button', { name: /^Save/ }).click();
    await library.getByRole('heading', { name: 'Prefetch in loops', level: 1 }).waitFor();
    const noteRoute = new URL(library.url()).hash;
    await library.close();

    for (const theme of THEMES) {
      const popup = await ext.context.newPage();
      await popup.setViewportSize({ width: 440, height: 540 });
      await popup.emulateMedia({ colorScheme: theme });
      await popup.goto(`chrome-extension://${ext.id}/popup.html`);
      await popup.locator('footer').waitFor();
      await shoot(popup, `popup-${theme}`);
      await popup.keyboard.type('prefetch');
      await popup.locator('mark').first().waitFor();
      await shoot(popup, `popup-results-${theme}`);
      await popup.close();

      const page = await ext.context.newPage();
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.emulateMedia({ colorScheme: theme });
      const views = {
        browse: '#/',
        section: '#/section/django/orm',
        note: noteRoute,
        progress: '#/progress',
      };
      for (const [name, route] of Object.entries(views)) {
        await page.goto(`chrome-extension://${ext.id}/library.html${route}`);
        await page.locator('main').first().waitFor();
        await shoot(page, `library-${name}-${theme}`);
      }
      await page.goto(`chrome-extension://${ext.id}/options.html`);
      await shoot(page, `options-${theme}`);

      await page.goto(docsUrl('topics/db/queries/'));
      await until(async () => (await isLauncherVisible(page)) || (await isPanelVisible(page)));
      await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
      if (!(await isPanelVisible(page))) await clickLauncher(page);
      const frame = await until(() => page.frames().find((f) => f.url().includes('docs-panel')));
      await frame.locator('.related-toggle').first().click();
      await frame.locator('.related-body').first().waitFor();
      await shoot(page, `panel-${theme}`);
      await page.close();
    }
  } finally {
    await ext.close();
  }
  console.log(`${shots.length} screenshots in ${OUT}:`);
  for (const shot of shots) console.log(`  ${shot}`);
}

await main();
