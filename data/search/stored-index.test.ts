import { beforeEach, describe, expect, it } from 'vitest';
import { clearAllData, exportBackup, importBackup } from '../backup/backup';
import { db } from '../records/db';
import { createNote, deleteNote, updateNote } from '../records/notes';
import { createSnippet, deleteSnippet } from '../records/snippets';
import type { SearchEngine } from './engine';
import { SEARCH_SOURCES } from './sources';
import {
  INDEX_KEY,
  loadUserIndex,
  refreshStoredIndex,
  snapshotChecksum,
  type StoredSearchIndex,
} from './stored-index';

beforeEach(async () => {
  await clearAllData();
  await db.searchIndex.clear();
  await db.searchJournal.clear();
});

const snippetInput = (text: string) => ({
  text,
  language: 'python',
  pageUrl: 'https://example.com/',
  pageTitle: 'Example',
});

const found = (engine: SearchEngine, query: string) =>
  engine.search(query).map((hit) => hit.doc.title);

/** Every record in the tables is in the index and nothing else is. */
async function expectConsistent(engine: SearchEngine) {
  const keys = await Promise.all(
    SEARCH_SOURCES.map(async (s) =>
      (await db.table(s.table).toCollection().primaryKeys()).map((k) => s.searchId(String(k))),
    ),
  );
  expect(engine.ids().sort()).toEqual(keys.flat().sort());
}

async function loaded() {
  const index = await loadUserIndex();
  if (!index) throw new Error('no usable stored index');
  return index;
}

describe('stored search index', () => {
  it('is stored by a refresh and read back without replaying anything', async () => {
    await createNote({ title: 'Celery retries', body: 'exponential backoff with jitter' });
    await createSnippet(snippetInput('def ready(self):\n    import signals\n'));
    await refreshStoredIndex();

    const index = await loaded();
    expect(index.replayed).toBe(0);
    expect(found(index.engine, 'backoff')).toEqual(['Celery retries']);
    expect(found(index.engine, 'signals')).toEqual(['def ready(self):']);
    await expectConsistent(index.engine);
  });

  it('takes in adds, edits, deletes and an import merge made after it was stored', async () => {
    const kept = await createNote({ title: 'Squash migrations', body: 'squashmigrations app' });
    const edited = await createNote({ title: 'Cache keys', body: 'versioned keys' });
    const removed = await createNote({ title: 'Old idea', body: 'obsoletethought' });
    const snippet = await createSnippet(snippetInput('select_for_update()'));
    await refreshStoredIndex();

    await createNote({ title: 'Signals', body: 'post_save receivers' });
    await updateNote(edited.id, { title: 'Cache keys', body: 'redis pipeline' });
    await deleteNote(removed.id);
    await deleteSnippet(snippet.id);
    const backup = await exportBackup();
    backup.data.notes = [
      { ...kept, title: 'Squash migrations (imported)', updatedAt: kept.updatedAt + 1 },
      {
        id: 'imported',
        title: 'Imported note',
        body: 'frobnicate',
        tags: [],
        createdAt: 1,
        updatedAt: 1,
      },
    ];
    backup.data.snippets = [];
    await importBackup(backup);

    const index = await loaded();
    expect(index.replayed).toBeGreaterThan(0);
    const engine = index.engine;
    expect(found(engine, 'receivers')).toEqual(['Signals']);
    expect(found(engine, 'pipeline')).toEqual(['Cache keys']);
    expect(found(engine, 'versioned')).toEqual([]);
    expect(found(engine, 'obsoletethought')).toEqual([]);
    expect(found(engine, 'select_for_update')).toEqual([]);
    expect(found(engine, 'frobnicate')).toEqual(['Imported note']);
    expect(found(engine, 'squashmigrations')).toEqual(['Squash migrations (imported)']);
    await expectConsistent(engine);

    // Folded into a new stored index, the same answers come back with nothing to replay.
    await refreshStoredIndex();
    const refreshed = await loaded();
    expect(refreshed.replayed).toBe(0);
    expect(found(refreshed.engine, 'pipeline')).toEqual(['Cache keys']);
    expect(found(refreshed.engine, 'frobnicate')).toEqual(['Imported note']);
    await expectConsistent(refreshed.engine);
  });

  it('finds a record whose write happened but whose index update never did', async () => {
    await createNote({ title: 'Before', body: 'earlier' });
    await refreshStoredIndex();
    // A write and its journal entry commit together; nothing else runs after it (as if the
    // browser stopped right there).
    await createNote({ title: 'Written last', body: 'lastword' });
    const index = await loaded();
    expect(found(index.engine, 'lastword')).toEqual(['Written last']);
  });

  it('follows a cleared table', async () => {
    await createNote({ title: 'Gone soon', body: 'ephemeral' });
    await refreshStoredIndex();
    await clearAllData();
    const index = await loaded();
    expect(index.engine.size).toBe(0);
  });

  describe('refuses a stored index it cannot trust, and a refresh rebuilds it', () => {
    const corruptions: [string, (stored: StoredSearchIndex) => StoredSearchIndex][] = [
      [
        'truncated',
        (s) => ({ ...s, snapshot: { ...s.snapshot, postings: s.snapshot.postings.slice(0, 3) } }),
      ],
      ['of another version', (s) => ({ ...s, format: s.format + 1 })],
      ['of another engine version', (s) => ({ ...s, snapshot: { ...s.snapshot, version: 99 } })],
      [
        'missing a record (checksum intact)',
        (s) => {
          const docs = JSON.parse(s.snapshot.docs) as unknown[];
          const snapshot = { ...s.snapshot, docs: JSON.stringify(docs.slice(0, -1)) };
          return { ...s, count: s.count - 1, snapshot, checksum: snapshotChecksum(snapshot) };
        },
      ],
      ['without its data', (s) => ({ ...s, snapshot: undefined as never })],
    ];
    for (const [name, corrupt] of corruptions) {
      it(name, async () => {
        for (let i = 0; i < 5; i++) await createNote({ title: `Note ${i}`, body: `word${i}` });
        await refreshStoredIndex();
        const stored = (await db.searchIndex.get(INDEX_KEY)) as StoredSearchIndex;
        await db.searchIndex.put(corrupt(stored));

        expect(await loadUserIndex()).toBeUndefined();
        await refreshStoredIndex();
        const index = await loaded();
        for (let i = 0; i < 5; i++) expect(found(index.engine, `word${i}`)).toEqual([`Note ${i}`]);
        await expectConsistent(index.engine);
      });
    }
  });
});
