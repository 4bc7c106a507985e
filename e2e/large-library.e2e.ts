import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { putRecords } from './db';
import { launchExtension, type LoadedExtension } from './extension';

const NOTES = 50_000;
const SNIPPETS = 120;
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

let ext: LoadedExtension;
beforeAll(async () => {
  ext = await launchExtension();
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
  await page.close();
}, 120_000);
afterAll(async () => ext?.close());

describe('a library of 50,000 notes', () => {
  it('My DevRecall shows the newest 50 with the full count, and pages through the rest', async () => {
    const library = await ext.openPage('library.html#/mine');
    const notes = library.getByRole('list', { name: 'My notes' });
    await notes.getByRole('link', { name: `Note number ${NOTES - 1}`, exact: true }).waitFor();
    expect(await notes.getByRole('listitem').count()).toBe(50);
    await library.getByRole('heading', { name: /My notes 50,000/ }).waitFor();

    const pager = library.getByRole('navigation', { name: 'Pages of notes' });
    await pager.getByText('1–50 of 50,000').waitFor();
    expect(await pager.getByRole('button', { name: '← Newer' }).isDisabled()).toBe(true);
    await pager.getByRole('button', { name: 'Older →' }).click();
    await pager.getByText('51–100 of 50,000').waitFor();
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
    await pager.getByText('1–50 of 50,000').waitFor();
    await library.close();
  });
});
