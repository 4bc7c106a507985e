import { beforeEach, describe, expect, it } from 'vitest';
import { clearAllData } from '../backup/backup';
import { db } from '../records/db';
import { createNote, deleteNote, updateNote } from '../records/notes';
import { createSnippet } from '../records/snippets';
import { SearchEngine } from './engine';
import { refreshStoredIndex } from './stored-index';
import { idbListReads } from './idb-list-reads';
import { answerFromLists, LIST_SIZE, LISTS_META, lookupWords } from './list-answer';
import { lookUpTermLists, termLists } from './term-lists';
import { noteSearchDoc } from './test-docs';
import type { SearchHit } from './types';

beforeEach(async () => {
  await clearAllData();
  await db.searchIndex.clear();
  await db.searchLists.clear();
  await db.searchJournal.clear();
});

type LookUp = (query: string, limit: number) => Promise<SearchHit[] | undefined>;

describe('termLists', () => {
  it('lists each term’s best documents first, at most LIST_SIZE of them, and a meta record', () => {
    const docs = [
      noteSearchDoc('note:a', 'Middleware order', 'middleware runs top down'),
      ...Array.from({ length: LIST_SIZE + 5 }, (_, i) =>
        noteSearchDoc(`note:n${i}`, `Note ${i}`, 'mentions middleware once'),
      ),
    ];
    const lists = termLists(new SearchEngine(docs).toSnapshot(), 7);
    const middleware = lists.find((l) => l.term === 'middleware')?.ids.split('\n') ?? [];
    expect(middleware).toHaveLength(LIST_SIZE);
    // In the title it counts most.
    expect(middleware[0]).toBe('note:a');
    expect(lists.find((l) => l.term === 'order')?.ids).toBe('note:a');
    expect(lists.at(-1)).toEqual({ term: LISTS_META, ids: '', seq: 7, format: 1 });
  });
});

describe('lookupWords', () => {
  it('reads identifiers as typed, by parts and joined, and word stems as prefixes', () => {
    expect(lookupWords('select_related throttling of')).toEqual([
      { text: 'select_related', prefix: true },
      { text: 'select', prefix: true },
      { text: 'related', prefix: true },
      { text: 'selectrelated', prefix: true },
      { text: 'throttling', prefix: true },
      { text: 'throttl', prefix: true },
    ]);
  });

  it('takes words under three letters whole', () => {
    expect(lookupWords('F q')).toEqual([
      { text: 'f', prefix: false },
      { text: 'q', prefix: false },
    ]);
  });
});

// Through the app's database, as a page's search asks; and straight from IndexedDB, as the popup's
// first script does before the database library has loaded: both must answer alike.
describe.each<[string, LookUp]>([
  ['through the app’s database', lookUpTermLists],
  [
    'straight from IndexedDB',
    async (query, limit) => answerFromLists(query, limit, idbListReads(db.backendDB())),
  ],
])('looking a query up in the term lists %s', (_, lookUp) => {
  const found = async (query: string) => (await lookUp(query, 10))?.map((hit) => hit.doc.title);

  const snippetInput = (text: string) => ({
    text,
    language: 'python',
    pageUrl: 'https://example.com/',
    pageTitle: 'Example',
  });

  it('has nothing to go by before the first stored index', async () => {
    await createNote({ title: 'Keyrotation', body: 'rotate keys' });
    expect(await found('keyrotation')).toBeUndefined();
  });

  it('finds notes and snippets by a whole word or a prefix, as they are now', async () => {
    await createNote({ title: 'Rotating the signing key', body: 'after a keyrotation' });
    await createSnippet(snippetInput('cache.get_or_set(key, compute)'));
    await refreshStoredIndex();
    expect(await found('keyrotation')).toEqual(['Rotating the signing key']);
    expect(await found('keyrot')).toEqual(['Rotating the signing key']);
    expect(await found('get_or_set')).toEqual(['cache.get_or_set(key, compute)']);
    // The full document, for an excerpt.
    expect((await lookUp('keyrotation', 10))?.[0]?.doc.text).toContain('keyrotation');
  });

  it('follows writes made since the lists: adds, edits and deletes', async () => {
    const edited = await createNote({ title: 'Edited', body: 'oldword' });
    const removed = await createNote({ title: 'Removed', body: 'goneword' });
    await refreshStoredIndex();

    await createNote({ title: 'Added', body: 'newword' });
    await updateNote(edited.id, { title: 'Edited', body: 'freshword' });
    await deleteNote(removed.id);
    expect(await found('newword')).toEqual(['Added']);
    expect(await found('freshword')).toEqual(['Edited']);
    expect(await found('oldword')).toEqual([]);
    expect(await found('goneword')).toEqual([]);
  });

  it('is not used while the lists are of another format, nor after the table was cleared', async () => {
    await createNote({ title: 'Kept', body: 'keptword' });
    await refreshStoredIndex();
    await db.searchLists.update(LISTS_META, { format: 99 });
    expect(await found('keptword')).toBeUndefined();

    // Rewritten by the next refresh, though the stored index itself had nothing to take in.
    await refreshStoredIndex();
    expect(await found('keptword')).toEqual(['Kept']);
    await clearAllData();
    expect(await found('keptword')).toBeUndefined();
  });
});
