import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packText } from '../data/stacks/pack-format';
import { samplePack, sectionAt } from '../data/stacks/pack-fixtures';
import { docsUrl, serveDocs } from './docs';
import { launchExtension, type LoadedExtension } from './extension';
import { installFromFile } from './packs';
import { clickLauncher, panelFrame, waitForLauncher } from './sidebar-dom';

let ext: LoadedExtension;

beforeAll(async () => {
  ext = await launchExtension();
  await serveDocs(ext.context);
});
afterAll(async () => ext?.close());

async function openPanel(path: string, prefix?: string): Promise<{ page: Page; frame: Frame }> {
  const page = await ext.context.newPage();
  await page.goto(docsUrl(path, prefix));
  await page.bringToFront();
  await waitForLauncher(page);
  await clickLauncher(page);
  const frame = await panelFrame(page);
  await frame.locator('section[aria-busy="false"]').first().waitFor();
  return { page, frame };
}

const relatedIds = (frame: Frame) =>
  frame
    .locator('.related-item')
    .evaluateAll((items) => items.map((i) => i.getAttribute('data-id')));

describe('installed stacks in the docs sidebar', () => {
  it('shows a section on the docs page it annotates, in any version, with its text inert', async () => {
    const pack = samplePack();
    const section = sectionAt(pack, 0, 0);
    section.pages = [docsUrl('topics/migrations/')];
    section.markdown =
      'Check **migrations** before deploying. <img src=x onerror="window.pwned=1"> <script>window.pwned=2</script>\n\n![tracker](https://tracker.example.com/pixel.png)';
    let imageRequested = false;
    await ext.context.route('https://tracker.example.com/**', (route) => {
      imageRequested = true;
      return route.abort();
    });

    const before = await openPanel('topics/migrations/', 'fr/4.2');
    expect(await relatedIds(before.frame)).not.toContain('htmx/hx-get');
    await before.page.close();

    const library = await ext.openPage('library.html');
    await installFromFile(library, ext.id, 'htmx', packText(pack));
    await library.getByRole('button', { name: 'Install', exact: true }).click();
    await library.getByRole('status', { name: 'Installed' }).waitFor();
    await library.close();

    const { page, frame } = await openPanel('topics/migrations/', 'fr/4.2');
    expect((await relatedIds(frame))[0]).toBe('htmx/hx-get');
    const item = frame.locator('.related-item').first();
    await item.getByText('htmx essentials › Basics').waitFor();
    await item.locator('.related-toggle').click();
    await item.getByText('Written for this page').waitFor();
    await item.locator('strong', { hasText: 'migrations' }).waitFor();
    await item.getByRole('link', { name: 'Image: tracker' }).waitFor();
    expect(await item.locator('img, script').count()).toBe(0);
    expect(await frame.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
    expect(imageRequested).toBe(false);
    await page.close();

    const other = await openPanel('ref/csrf/');
    expect((await relatedIds(other.frame)).length).toBeGreaterThan(0);
    expect(await relatedIds(other.frame)).not.toContain('htmx/hx-get');
    await other.page.close();
  });
});
