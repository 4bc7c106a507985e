import { Dexie } from 'dexie';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DB_NAME } from './db-name';
import { openDb } from './db';
import { openIfExists, openOnce } from './open-existing';

describe('opening the database as it is', () => {
  it('creates no database where there is none, so a first open still builds every table', async () => {
    const factory = new IDBFactory();
    expect(await openIfExists(factory)).toBeUndefined();
    expect(await factory.databases()).toEqual([]);
  });

  it('reads the database as the app left it, and lets an upgrade through once closed', async () => {
    const before = openDb(DB_NAME);
    const note = { id: 'n1', title: 'Kept', body: '', tags: [], createdAt: 1, updatedAt: 1 };
    await before.notes.put(note);
    before.close();

    const raw = await openIfExists(indexedDB);
    const read = raw?.transaction('notes').objectStore('notes').get('n1');
    await new Promise((resolve) => read?.addEventListener('success', resolve));
    expect(read?.result).toEqual(note);
    raw?.close();
    // Deleting waits for every connection to close: a connection left open would hold it forever.
    await Dexie.delete(DB_NAME);
    expect(await indexedDB.databases()).toEqual([]);
  });
});

describe('opening the database once per page', () => {
  it('gives every script of a page the same connection', async () => {
    const db = openDb(DB_NAME);
    await db.open();
    db.close();
    const first = await openOnce(indexedDB);
    expect(first).toBeDefined();
    expect(await openOnce(indexedDB)).toBe(first);
    first?.close();
    await Dexie.delete(DB_NAME);
  });
});
