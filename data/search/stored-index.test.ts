import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { clearAllData, exportBackup, importBackup } from '../backup/backup';
import { db } from '../records/db';
import { createNote, deleteNote, updateNote } from '../records/notes';
import { createSnippet, deleteSnippet } from '../records/snippets';
import type { SearchEngine } from './engine';
import { urgentRead } from './read-priority';
import { SEARCH_SOURCES } from './sources';
import { decodeSnapshot } from './snapshot-file';
import {
  INDEX_KEY,
  indexRecords,
  loadUserIndex,
  PIECE_BYTES,
  pieceKey,
  refreshStoredIndex,
  type StoredIndexPiece,
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

  it('pauses its read while a query’s lookup is in flight, and goes on once it is answered', async () => {
    await createNote({ title: 'Celery retries', body: 'exponential backoff with jitter' });
    await refreshStoredIndex();
    let answer = () => {};
    const lookup = urgentRead(() => new Promise<void>((resolve) => (answer = resolve)));
    let done = false;
    const reading = loadUserIndex().then((index) => {
      done = true;
      return index;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(done).toBe(false);
    answer();
    await lookup;
    expect(found((await reading)?.engine as SearchEngine, 'backoff')).toEqual(['Celery retries']);
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

  it('runs again for a refresh asked for while one runs, as that one may have read too early', async () => {
    await createNote({ title: 'Hornbeam hedges', body: 'planted in autumn' });
    let second: Promise<void> | undefined;
    // While the first refresh writes its term lists, after its index: the index goes, and a page
    // that finds none asks for a refresh.
    const asked = () => {
      if (second) return;
      void Dexie.ignoreTransaction(() => db.searchIndex.delete(INDEX_KEY));
      second = refreshStoredIndex();
    };
    db.searchLists.hook('creating', asked);
    try {
      await refreshStoredIndex();
    } finally {
      db.searchLists.hook('creating').unsubscribe(asked);
    }
    await second;
    expect(found((await loaded()).engine, 'hornbeam')).toEqual(['Hornbeam hedges']);
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
    type Records = [StoredSearchIndex, ...StoredIndexPiece[]];
    const snapshotOf = ([meta, ...pieces]: Records) => {
      const bytes = new Uint8Array(meta.bytes);
      pieces.forEach((p, i) => bytes.set(p.piece, i * PIECE_BYTES));
      return decodeSnapshot(bytes.buffer);
    };
    const corruptions: [string, (records: Records) => Records][] = [
      [
        'truncated',
        ([meta, first, ...rest]) => [
          meta,
          { ...(first as StoredIndexPiece), piece: (first as StoredIndexPiece).piece.slice(0, 3) },
          ...rest,
        ],
      ],
      [
        'with a byte changed',
        ([meta, first, ...rest]) => {
          const piece = (first as StoredIndexPiece).piece.slice();
          const at = piece.length >> 1;
          piece[at] = (piece[at] as number) ^ 0xff;
          return [meta, { key: pieceKey(0), piece }, ...rest];
        },
      ],
      [
        'missing a piece',
        ([meta, ...pieces]) => [
          { ...meta, pieces: meta.pieces + 1, bytes: meta.pieces * PIECE_BYTES + 1 },
          ...pieces,
        ],
      ],
      [
        'of another version',
        ([meta, ...pieces]) => [{ ...meta, format: meta.format + 1 }, ...pieces],
      ],
      [
        'of another engine version',
        (records) =>
          indexRecords({ ...snapshotOf(records), version: 99 }, { seq: records[0].seq, count: 5 }),
      ],
      [
        'missing a record (checksum intact)',
        (records) => {
          const snapshot = snapshotOf(records);
          const docs = JSON.parse(snapshot.docs) as unknown[];
          return indexRecords(
            { ...snapshot, docs: JSON.stringify(docs.slice(0, -1)) },
            { seq: records[0].seq, count: 4 },
          );
        },
      ],
      ['without its pieces', ([meta]) => [meta]],
    ];
    for (const [name, corrupt] of corruptions) {
      it(name, async () => {
        for (let i = 0; i < 5; i++) await createNote({ title: `Note ${i}`, body: `word${i}` });
        await refreshStoredIndex();
        const stored = (await db.searchIndex.get(INDEX_KEY)) as StoredSearchIndex;
        const pieces = (await db.searchIndex.bulkGet(
          Array.from({ length: stored.pieces }, (_, i) => pieceKey(i)),
        )) as StoredIndexPiece[];
        const corrupted = corrupt([stored, ...pieces]);
        await db.searchIndex.clear();
        await db.searchIndex.bulkPut(corrupted);

        expect(await loadUserIndex()).toBeUndefined();
        await refreshStoredIndex();
        const index = await loaded();
        for (let i = 0; i < 5; i++) expect(found(index.engine, `word${i}`)).toEqual([`Note ${i}`]);
        await expectConsistent(index.engine);
      });
    }
  });
});
