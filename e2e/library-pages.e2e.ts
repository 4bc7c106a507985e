import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { putRecords } from './db';
import { launchExtension, type LoadedExtension } from './extension';

let ext: LoadedExtension;
let library: Page;
let noteId: string;

beforeAll(async () => {
  ext = await launchExtension();
  library = await ext.openPage('library.html#/new');
  await library.getByLabel('Title').fill('Signals checklist');
  await library.getByRole('textbox', { name: 'Body' }).fill('Connect receivers in `ready()`.');
  await library.getByRole('button', { name: /^Save/ }).click();
  await library.getByRole('heading', { name: 'Signals checklist', level: 1 }).waitFor();
  noteId = new URL(library.url()).hash.replace('#/note/', '');
  const now = Date.now();
  await putRecords(library, 'snippets', [
    {
      id: 'titled-snippet',
      text: 'python manage.py check',
      language: 'bash',
      pageUrl: 'https://example.com/checks',
      pageTitle: 'System checks',
      pageKey: 'https://example.com/checks',
      note: '',
      tags: [],
      createdAt: now,
      updatedAt: now,
    },
  ]);
});
afterAll(async () => ext?.close());

/** Goes to a library route the way a link does, and waits for the page's heading. */
async function visit(route: string, heading: string | RegExp) {
  await library.evaluate((hash) => (location.hash = hash), route);
  await library.getByRole('heading', { name: heading, level: 1 }).waitFor();
}

const headings = () => library.getByRole('heading', { level: 1 }).count();
const breadcrumbs = () => library.getByRole('navigation', { name: 'Breadcrumbs' }).count();

describe('library pages', () => {
  it('give every page one h1, at most one breadcrumb, and a tab title of its own', async () => {
    const pages: [route: string, heading: string | RegExp, title: string, crumbs: number][] = [
      ['#/', 'All topics', 'All topics · DevRecall', 1],
      ['#/stack/django', 'Django', 'Django · DevRecall', 1],
      ['#/section/django/orm', 'ORM Queries', 'ORM Queries · Django · DevRecall', 1],
      ['#/section/django/views-urls', 'Views & URLs', 'Views & URLs · Django · DevRecall', 1],
      [`#/note/${noteId}`, 'Signals checklist', 'Signals checklist · DevRecall', 1],
      [`#/edit/${noteId}`, 'Edit note', 'Edit “Signals checklist” · DevRecall', 0],
      ['#/snippet/titled-snippet', 'System checks', 'System checks · Snippet · DevRecall', 1],
      ['#/mine', 'My DevRecall', 'My DevRecall', 0],
      ['#/review', 'Review', 'Review · DevRecall', 0],
      ['#/progress', 'Progress', 'Progress · DevRecall', 0],
      ['#/backup', 'Backup & data', 'Backup & data · DevRecall', 0],
      ['#/note/no-such-note', 'No such note', 'No such note · DevRecall', 0],
      ['#/section/django/no-such', 'No such section', 'No such section · DevRecall', 0],
      ['#/nowhere', 'Nothing here', 'Nothing here · DevRecall', 0],
    ];
    const seen: string[] = [];
    for (const [route, heading, title, crumbs] of pages) {
      await visit(route, heading);
      await expect.poll(() => library.title(), { message: route }).toBe(title);
      expect(await headings(), route).toBe(1);
      expect(await breadcrumbs(), route).toBe(crumbs);
      seen.push(await library.title());
    }
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("puts the section's stack and note in its breadcrumb, not in a second line above the title", async () => {
    await visit('#/section/django/orm', 'ORM Queries');
    const crumb = library.getByRole('navigation', { name: 'Breadcrumbs' });
    expect((await crumb.textContent())?.replace(/\s+/g, ' ')).toBe(
      'All topics › Backend › Django › Models, Views & URLs',
    );
    expect(await library.locator('.section-view .section-context').count()).toBe(0);
    // Back in history names the page it returns to.
    await visit('#/stack/django', 'Django');
    await library.goBack();
    await library.getByRole('heading', { name: 'ORM Queries', level: 1 }).waitFor();
    await expect.poll(() => library.title()).toBe('ORM Queries · Django · DevRecall');
  });

  it('fits its header into 640 px: nothing overflows or overlaps, and search still works', async () => {
    await library.setViewportSize({ width: 640, height: 720 });
    try {
      for (const [route, heading] of [
        ['#/', 'All topics'],
        ['#/mine', 'My DevRecall'],
        ['#/section/django/orm', 'ORM Queries'],
        [`#/note/${noteId}`, 'Signals checklist'],
      ] as const) {
        await visit(route, heading);
        expect(
          await library.evaluate(() => document.documentElement.scrollWidth),
          route,
        ).toBeLessThanOrEqual(640);
        const controls = [
          library.locator('.library-header .brand'),
          library.getByRole('combobox', { name: 'Search DevRecall' }),
          ...(await library.getByRole('navigation', { name: 'Library' }).getByRole('link').all()),
        ];
        const boxes = [];
        for (const control of controls) {
          expect(await control.isVisible(), route).toBe(true);
          const box = await control.boundingBox();
          if (!box) throw new Error(`${route}: a header control has no box`);
          expect(box.x, route).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width, route).toBeLessThanOrEqual(640);
          boxes.push(box);
        }
        // The search box keeps room to type in.
        expect(boxes[1]?.width).toBeGreaterThanOrEqual(200);
        for (const [i, a] of boxes.entries()) {
          for (const b of boxes.slice(i + 1)) {
            const apart =
              a.x + a.width <= b.x ||
              b.x + b.width <= a.x ||
              a.y + a.height <= b.y ||
              b.y + b.height <= a.y;
            expect(apart, `${route}: header controls overlap`).toBe(true);
          }
        }
      }

      const search = library.getByRole('combobox', { name: 'Search DevRecall' });
      await search.fill('select_related');
      const panel = library.locator('.search-panel');
      await panel.waitFor();
      const box = await panel.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 640).toBe(true);
      await search.press('Enter');
      await library.getByRole('heading', { name: 'ORM Queries', level: 1 }).waitFor();
    } finally {
      await library.setViewportSize({ width: 1280, height: 720 });
    }
  });
});
