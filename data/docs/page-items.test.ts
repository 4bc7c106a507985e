import { beforeEach, describe, expect, it, vi } from 'vitest';
import { clearAllData } from '../backup/backup';
import { db } from '../records/db';
import type { UserNote } from '../records/model';
import { refreshStoredIndex } from '../search/stored-index';
import type { PageContext } from './docs-page';
import { pageItemCount, pageItems, READ_WHOLE_UP_TO } from './page-items';

const QUERIES_URL = 'https://docs.djangoproject.com/en/5.2/topics/db/queries/';
const queries: PageContext = {
  url: QUERIES_URL,
  title: 'Making queries',
  headings: ['Retrieving objects', 'Filtering QuerySets', 'Lookups that span relationships'],
  text: 'Once you’ve created your data models, Django automatically gives you a database-abstraction API.',
};

const note = (id: string, title: string, body: string, updatedAt = 1, pageKey?: string) =>
  ({ id, title, body, tags: [], pageKey, createdAt: 1, updatedAt }) satisfies UserNote;

beforeEach(async () => {
  await clearAllData();
  await db.searchIndex.clear();
  await db.searchJournal.clear();
});

describe('pageItems', () => {
  it('sends the newest of the notes saved on a page, with how many there are', async () => {
    await db.notes.bulkAdd(
      Array.from({ length: 25 }, (_, i) =>
        note(`p${i}`, `Saved here ${i}`, 'text', i, 'docs:topics/db/queries'),
      ),
    );
    const first = await pageItems(QUERIES_URL);
    expect(first.notes.map((n) => n.id)).toEqual(
      Array.from({ length: 20 }, (_, i) => `p${24 - i}`),
    );
    expect(first.notesTotal).toBe(25);
    expect((await pageItems(QUERIES_URL, undefined, 40)).notes).toHaveLength(25);
  });

  it('finds a note about the page in a large library through the stored index, and counts it', async () => {
    const fillers = Array.from({ length: READ_WHOLE_UP_TO + 200 }, (_, i) =>
      note(`f${i}`, `Garden journal ${i}`, `Planted ${i} tulip bulbs along the fence.`),
    );
    const about = note(
      'about',
      'Avoid N+1 with select_related',
      "```python\nPost.objects.select_related('author')\n```",
    );
    await db.notes.bulkAdd([...fillers, about]);
    await refreshStoredIndex();

    // Reading the whole library goes through the notes in order of editing; a page must not.
    const wholeLibrary = vi.spyOn(db.notes, 'orderBy');
    const items = await pageItems(QUERIES_URL, queries);
    expect(items.about.map((a) => (a.kind === 'note' ? a.note.id : a.snippet.id))).toEqual([
      'about',
    ]);
    expect(await pageItemCount(queries)).toBe(items.related.length + 1);

    // A note written since the index was stored is found through the journal.
    await db.notes.put(
      note('later', 'select_related for the author', 'Post.objects.select_related'),
    );
    const again = await pageItems(QUERIES_URL, queries);
    expect(again.about.map((a) => (a.kind === 'note' ? a.note.id : a.snippet.id))).toEqual(
      expect.arrayContaining(['about', 'later']),
    );
    expect(wholeLibrary).not.toHaveBeenCalled();
    wholeLibrary.mockRestore();
  });
});
