import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { putRecords } from './db';
import { docsUrl, serveDocs } from './docs';
import { launchExtension, type LoadedExtension } from './extension';
import {
  clickLauncher,
  isLauncherVisible,
  isPanelVisible,
  launcherState,
  panelFrame,
  waitForLauncher,
} from './sidebar-dom';

const NOTES = 50_000;
const SNIPPETS = 120;
/** Notes saved on Making queries, in any version. */
const ON_PAGE = 30;
const BATCH = 5_000;
const at = Date.UTC(2024, 0, 1);

/** Notes numbered so that the higher the number, the more recently edited. */
const note = (i: number) => ({
  id: `note-${i}`,
  title: `Note number ${i}`,
  body: `Body of note ${i}.`,
  tags: [],
  createdAt: at + i,
  updatedAt: at + i,
});

const snippet = (i: number) => ({
  id: `snippet-${i}`,
  text: `print(${i})`,
  language: 'python',
  pageUrl: 'https://example.com/recipes',
  pageKey: 'https://example.com/recipes',
  pageTitle: 'Recipes',
  note: `Snippet number ${i}`,
  tags: [],
  createdAt: at + i,
  updatedAt: at + i,
});

/** A note saved on Making queries, its page key as the app stores it. */
const savedOnPage = (i: number) => ({
  ...note(-1 - i),
  id: `on-page-${i}`,
  title: `Queries note ${i}`,
  pageUrl: 'https://docs.djangoproject.com/en/5.2/topics/db/queries/',
  pageKey: 'docs:topics/db/queries',
});

/** One note about Making queries' subject, saved nowhere in particular. */
const aboutQueries = {
  ...note(-1 - ON_PAGE),
  id: 'about-queries',
  title: 'QuerySet filter, exclude and get_or_create',
  body: "```python\nPost.objects.filter(status='published').exclude(author=None)\nPost.objects.get_or_create(slug='hello')\nPost.objects.aggregate(Count('id'))\n```",
};

let ext: LoadedExtension;
beforeAll(async () => {
  ext = await launchExtension();
  await serveDocs(ext.context);
  const page = await ext.openPage('library.html');
  for (let start = 0; start < NOTES; start += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, NOTES - start) }, (_, i) => note(start + i));
    await putRecords(page, 'notes', batch);
  }
  await putRecords(
    page,
    'snippets',
    Array.from({ length: SNIPPETS }, (_, i) => snippet(i)),
  );
  await putRecords(page, 'notes', [
    ...Array.from({ length: ON_PAGE }, (_, i) => savedOnPage(i)),
    aboutQueries,
  ]);
  // Records put behind the app's back: have the background store the search index of them all.
  await page.evaluate(() => chrome.runtime.sendMessage({ type: 'search:refresh' }));
  await page.close();
}, 300_000);
afterAll(async () => ext?.close());

describe('a library of 50,000 notes', () => {
  it('the docs panel shows 20 of the 30 notes saved on the page, more on request, and the note about its subject', async () => {
    const page = await ext.context.newPage();
    await page.goto(docsUrl('topics/db/queries/'));
    await page.bringToFront();
    await waitForLauncher(page);
    // Related sections, the 30 notes saved here and the one about the subject.
    await expect
      .poll(async () => Number((await launcherState(page))?.count), { timeout: 60_000 })
      .toBeGreaterThan(ON_PAGE);
    await expect
      .poll(async () => (await isPanelVisible(page)) || (await isLauncherVisible(page)))
      .toBe(true);
    if (!(await isPanelVisible(page))) await clickLauncher(page);
    const frame = await panelFrame(page);
    const mine = frame.getByRole('list', { name: 'Your notes and snippets for this page' });
    await mine.getByRole('link', { name: 'Queries note 0', exact: true }).waitFor({
      timeout: 60_000,
    });
    expect(await mine.locator(':scope > li').count()).toBe(20);
    await frame.getByRole('button', { name: 'Show more (10 not shown)' }).click();
    await mine.getByRole('link', { name: `Queries note ${ON_PAGE - 1}`, exact: true }).waitFor();
    expect(await mine.locator(':scope > li').count()).toBe(ON_PAGE);
    expect(await frame.getByRole('button', { name: /^Show more/ }).count()).toBe(0);
    const about = frame.getByRole('list', { name: 'Your notes and snippets about this subject' });
    await about.getByRole('link', { name: aboutQueries.title }).waitFor();
    await page.close();
  }, 180_000);

  it('My DevRecall shows the newest 50 with the full count, and pages through the rest', async () => {
    const library = await ext.openPage('library.html#/mine');
    const notes = library.getByRole('list', { name: 'My notes' });
    await notes.getByRole('link', { name: `Note number ${NOTES - 1}`, exact: true }).waitFor();
    expect(await notes.getByRole('listitem').count()).toBe(50);
    await library.getByRole('heading', { name: /My notes 50,031/ }).waitFor();

    const pager = library.getByRole('navigation', { name: 'Pages of notes' });
    await pager.getByText('1–50 of 50,031').waitFor();
    expect(await pager.getByRole('button', { name: '← Newer' }).isDisabled()).toBe(true);
    await pager.getByRole('button', { name: 'Older →' }).click();
    await pager.getByText('51–100 of 50,031').waitFor();
    await notes.getByRole('link', { name: `Note number ${NOTES - 51}`, exact: true }).waitFor();
    expect(await notes.getByRole('listitem').count()).toBe(50);
    await pager.getByRole('button', { name: '← Newer' }).click();
    await notes.getByRole('link', { name: `Note number ${NOTES - 1}`, exact: true }).waitFor();

    // Snippets page on their own: 120 is three pages, the last one holding 20.
    const snippets = library.getByRole('list', { name: 'Snippets' });
    const snippetPager = library.getByRole('navigation', { name: 'Pages of snippets' });
    await snippetPager.getByRole('button', { name: 'Older →' }).click();
    await snippetPager.getByRole('button', { name: 'Older →' }).click();
    await snippetPager.getByText('101–120 of 120').waitFor();
    expect(await snippets.getByRole('listitem').count()).toBe(20);
    expect(await snippetPager.getByRole('button', { name: 'Older →' }).isDisabled()).toBe(true);
    // The notes list stayed where it was.
    await pager.getByText('1–50 of 50,031').waitFor();
    await library.close();
  }, 180_000);
});
