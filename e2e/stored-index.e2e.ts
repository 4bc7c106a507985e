import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../data/backup/backup-schema';
import { SEARCH_MARKS } from '../data/search/marks';
import { INDEX_FORMAT } from '../data/search/stored-index';
import { launchExtension, type LoadedExtension } from './extension';

const TOPICS =
  'queryset manager migration serializer viewset middleware signal template form admin cache'.split(
    ' ',
  );

/** Plain notes like a user's, the last one holding a word no other note has. */
function notes(count: number, unique: { id: string; word: string }) {
  const at = Date.UTC(2024, 0, 1);
  return Array.from({ length: count }, (_, i) => {
    const topic = TOPICS[i % TOPICS.length] as string;
    const other = TOPICS[(i * 7) % TOPICS.length] as string;
    const last = i === count - 1;
    return {
      id: last ? unique.id : `note-${i}`,
      title: `${topic} notes ${i}`,
      body: `How the ${topic} works with the ${other}${last ? `, see ${unique.word}` : ''}.\n\n\`\`\`python\nresult_${i} = ${topic}.filter(pk=${i})\n\`\`\``,
      tags: [topic],
      createdAt: at + i,
      updatedAt: at + i,
    };
  });
}

function backupFile(records: object[]): string {
  const path = join(tmpdir(), `devrecall-stored-index-${Date.now()}.json`);
  const data = {
    savedStacks: [],
    notes: records,
    snippets: [],
    cards: [],
    reviews: [],
    settings: [],
    progress: [],
  };
  writeFileSync(
    path,
    JSON.stringify({
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: Date.now(),
      data,
    }),
  );
  return path;
}

async function importBackup(ext: LoadedExtension, path: string) {
  const library = await ext.openPage('library.html#/backup');
  await library.locator('input[type=file]').setInputFiles(path);
  await library
    .locator('.import-report')
    .getByText('Import complete.')
    .waitFor({ timeout: 120_000 });
  return library;
}

interface StoredRecord {
  format: number;
  count: number;
}

/**
 * What the stored index says of itself, read with the raw IndexedDB API; changed by `change` when
 * given: its first piece cut in half, its format changed, or the index deleted.
 */
function storedIndex(
  page: Page,
  change?: 'truncate' | 'version' | 'delete',
): Promise<StoredRecord | undefined> {
  return page.evaluate(
    (change) =>
      new Promise<StoredRecord | undefined>((resolve, reject) => {
        const open = indexedDB.open('devrecall');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('searchIndex', 'readwrite');
          const store = tx.objectStore('searchIndex');
          const get = store.get('user');
          get.onsuccess = () => {
            const record = get.result as StoredRecord | undefined;
            if (change === 'delete') store.delete('user');
            if (record && change === 'version') store.put({ ...record, format: record.format + 1 });
            if (change === 'truncate') {
              const first = store.get('user:0');
              first.onsuccess = () => {
                const piece = first.result as { key: string; piece: Uint8Array };
                store.put({ ...piece, piece: piece.piece.slice(0, piece.piece.length >> 1) });
              };
            }
            tx.oncomplete = () => {
              db.close();
              resolve(record && { format: record.format, count: record.count });
            };
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    change,
  );
}

/** Which journal entry the stored term lists reflect, if there are any. */
function termListsSeq(page: Page): Promise<number | undefined> {
  return page.evaluate(
    () =>
      new Promise<number | undefined>((resolve, reject) => {
        const open = indexedDB.open('devrecall');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('searchLists').objectStore('searchLists').get(' meta');
          get.onerror = () => reject(get.error);
          get.onsuccess = () => {
            db.close();
            resolve((get.result as { seq?: number } | undefined)?.seq);
          };
        };
      }),
  );
}

/** A note put straight into the table, bypassing the app: the stored index cannot know of it. */
function putNoteBehindTheIndex(page: Page, note: object): Promise<void> {
  return page.evaluate(
    (note) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('devrecall');
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('notes', 'readwrite');
          tx.objectStore('notes').put(note);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    note,
  );
}

/** Opens the popup, types `query` once, and returns the result ids as first shown in full. */
async function firstQuery(
  ext: LoadedExtension,
  query: string,
  expectId: string,
): Promise<string[]> {
  const popup = await ext.openPage('popup.html');
  await popup.getByRole('combobox').fill(query);
  await popup.locator(`.result[data-id="${expectId}"]`).waitFor({ timeout: 120_000 });
  const ids = await popup
    .locator('.result')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')));
  await popup.close();
  return ids.filter((id): id is string => id !== null);
}

let ext: LoadedExtension | undefined;
let profile: string | undefined;
afterEach(async () => {
  await ext?.close();
  ext = undefined;
  if (profile) rmSync(profile, { recursive: true, force: true });
  profile = undefined;
});

describe('stored search index', () => {
  it('finds one note among 20,000 by its own word on the first query after the browser restarts', async () => {
    profile = mkdtempSync(join(tmpdir(), 'devrecall-e2e-'));
    ext = await launchExtension(profile);
    const library = await importBackup(
      ext,
      backupFile(notes(20_000, { id: 'needle', word: 'quillwort' })),
    );
    // The import asks the background to store an index of everything; wait until it has.
    await expect
      .poll(async () => (await storedIndex(library))?.count, { timeout: 180_000 })
      .toBe(20_000);
    // The term lists are written after it.
    await expect.poll(() => termListsSeq(library), { timeout: 120_000 }).toBeDefined();
    await ext.close();

    ext = await launchExtension(profile);
    expect(await firstQuery(ext, 'quillwort', 'note:needle')).toEqual(['note:needle']);

    // Without a stored index the popup indexes the 20,000 notes itself while the background
    // rebuilds it; the term lists stored beside it answer meanwhile, and the answer stays one note.
    const page = await ext.openPage('library.html');
    await storedIndex(page, 'delete');
    const popup = await ext.openPage('popup.html');
    await popup.getByRole('combobox').fill('quillwort');
    await popup.locator('.result[data-id="note:needle"]').waitFor({ timeout: 120_000 });
    await popup.waitForFunction(
      (mark) => performance.getEntriesByName(mark).length > 0,
      SEARCH_MARKS.ready,
      { timeout: 120_000 },
    );
    expect(await popup.locator('.result[data-id]').count()).toBe(1);
    await expect
      .poll(async () => (await storedIndex(page))?.count, { timeout: 180_000 })
      .toBe(20_000);
  }, 420_000);

  it('never serves a truncated, outdated or incomplete stored index, and rebuilds it', async () => {
    ext = await launchExtension();
    const library = await importBackup(
      ext,
      backupFile(notes(40, { id: 'needle', word: 'quillwort' })),
    );
    // A small import is folded into the stored index when the popup next opens.
    expect(await firstQuery(ext, 'quillwort', 'note:needle')).toEqual(['note:needle']);
    await expect
      .poll(async () => (await storedIndex(library))?.count, { timeout: 60_000 })
      .toBe(40);

    for (const change of ['truncate', 'version'] as const) {
      await storedIndex(library, change);
      expect(await firstQuery(ext, 'quillwort', 'note:needle'), change).toEqual(['note:needle']);
      // Opening the popup asked the background to rebuild it.
      await expect
        .poll(async () => (await storedIndex(library))?.format, { timeout: 60_000 })
        .toBe(INDEX_FORMAT);
      expect(await firstQuery(ext, 'quillwort', 'note:needle'), change).toEqual(['note:needle']);
    }

    await putNoteBehindTheIndex(library, {
      id: 'unindexed',
      title: 'Written behind the index',
      body: 'Only this one mentions hornbeam.',
      tags: [],
      createdAt: 1,
      updatedAt: 1,
    });
    expect(await firstQuery(ext, 'hornbeam', 'note:unindexed')).toEqual(['note:unindexed']);
    await expect
      .poll(async () => (await storedIndex(library))?.count, { timeout: 60_000 })
      .toBe(41);
    expect(await firstQuery(ext, 'hornbeam', 'note:unindexed')).toEqual(['note:unindexed']);
    expect(await firstQuery(ext, 'quillwort', 'note:needle')).toEqual(['note:needle']);
  }, 300_000);
});
