import { Dexie } from 'dexie';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DB_NAME } from './db-name';
import { openDb } from './db';
import { warmUpDatabase } from './warm-up';

describe('warming up the database', () => {
  it('creates no database where there is none, so a first open still builds every table', async () => {
    const factory = new IDBFactory();
    await warmUpDatabase(factory);
    expect(await factory.databases()).toEqual([]);
  });

  it('leaves the database whole and closed: the page reads it, and an upgrade is not held up', async () => {
    const before = openDb(DB_NAME);
    const note = { id: 'n1', title: 'Kept', body: '', tags: [], createdAt: 1, updatedAt: 1 };
    await before.notes.put(note);
    before.close();

    await warmUpDatabase(indexedDB);
    const after = openDb(DB_NAME);
    expect(await after.notes.get('n1')).toEqual(note);
    after.close();
    // Deleting waits for every connection to close: a connection left open would hold it forever.
    await Dexie.delete(DB_NAME);
    expect(await indexedDB.databases()).toEqual([]);
  });
});
