import { beforeEach, describe, expect, it, vi } from 'vitest';
import { clearAllData } from '../backup/backup';
import { db } from '../records/db';
import { createNote } from '../records/notes';
import { samplePack } from '../stacks/pack-fixtures';
import { installPack, removeStack } from '../stacks/store';
import { listStoredStacks } from '../stacks/stored';
import { lookingUpFirst } from './first-answer';
import { LiveSearch } from './live-search';
import { SEARCH_MARKS } from './marks';
import { noteSearchDoc } from './test-docs';
import type { SearchHit } from './types';
import { refreshStoredIndex } from './stored-index';

beforeEach(async () => {
  await clearAllData();
  await db.searchIndex.clear();
  await db.searchLists.clear();
  await db.searchJournal.clear();
});

const titles = (search: LiveSearch, query: string) =>
  search.search(query).map((hit) => hit.doc.title);

describe('LiveSearch', () => {
  it('takes the page’s first script’s lookup of what is typed, and reads the index only after it', async () => {
    await createNote({ title: 'Rotating keys', body: 'after a keyrotation' });
    await refreshStoredIndex();
    performance.clearMarks(SEARCH_MARKS.start);
    let answer = (_: SearchHit[]) => {};
    const first = new Promise<SearchHit[]>((resolve) => (answer = resolve));
    lookingUpFirst('keyrotation', first);

    const search = new LiveSearch(() => undefined);
    const started = search.start();
    search.prefetch('keyrotation');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(performance.getEntriesByName(SEARCH_MARKS.start)).toHaveLength(0);

    // An answer the term lists could not give: shown only if the first script's is taken.
    const doc = noteSearchDoc('note:first', 'From the first script', 'keyrotation');
    answer([{ doc, score: 1, matched: ['keyrotation'] }]);
    await first;
    await Promise.resolve();
    expect(titles(search, 'keyrotation')).toEqual(['From the first script']);
    await started;
    expect(titles(search, 'keyrotation')).toEqual(['Rotating keys']);
    search.stop();
  });

  it('finds installed stacks beside the stored index, and drops an uninstalled one', async () => {
    await createNote({ title: 'Swapping fragments', body: 'outerHTML swaps replace the target' });
    await refreshStoredIndex();
    await installPack(samplePack(), 'htmx.devrecall-stack.json', 100);

    const search = new LiveSearch(() => undefined);
    // Stacks arrive before the stored index is read, as a live query usually answers first.
    search.syncStacks(await listStoredStacks());
    expect(titles(search, 'hx-get')).toContain('hx-get');
    await search.start();
    expect(search.status).toBe('ready');
    expect(titles(search, 'hx-get')).toContain('hx-get');
    expect(titles(search, 'outerHTML')).toEqual(
      expect.arrayContaining(['Swapping fragments', 'hx-swap']),
    );

    await removeStack('htmx');
    search.syncStacks(await listStoredStacks());
    expect(titles(search, 'hx-get')).not.toContain('hx-get');
    expect(titles(search, 'outerHTML')).toContain('Swapping fragments');
    search.stop();
  });

  it('ranks a query afresh once a stack or a record it could find changes', async () => {
    await refreshStoredIndex();
    const search = new LiveSearch(() => undefined);
    await search.start();
    // Ranked ahead, as a page does for what is typed, then asked again to show it.
    expect(titles(search, 'hx-get')).not.toContain('hx-get');
    await installPack(samplePack(), 'htmx.devrecall-stack.json', 100);
    search.syncStacks(await listStoredStacks());
    expect(titles(search, 'hx-get')).toContain('hx-get');

    expect(titles(search, 'quince')).not.toContain('Quince jelly');
    await createNote({ title: 'Quince jelly', body: 'set with pectin' });
    await search.catchUp();
    expect(titles(search, 'quince')).toContain('Quince jelly');
    search.stop();
  });

  it('tells its subscribers once the stored index answers, with nothing else changing', async () => {
    await createNote({ title: 'Hornbeam hedges', body: 'planted in autumn' });
    await refreshStoredIndex();
    const search = new LiveSearch(() => undefined);
    const revisions: number[] = [];
    search.subscribe(() => revisions.push(search.revision));
    expect(titles(search, 'hornbeam')).toEqual([]);
    await search.start();
    expect(revisions.length).toBeGreaterThan(0);
    expect(titles(search, 'hornbeam')).toEqual(['Hornbeam hedges']);
    search.stop();
  });

  it('fills in a hit’s full record for its answer line without ranking again', async () => {
    await createNote({ title: 'Hornbeam hedges', body: 'planted in autumn, clipped in August' });
    await refreshStoredIndex();
    const search = new LiveSearch(() => undefined);
    await search.start();
    const ranked = search.rank('hornbeam');
    // The stored index keeps display fields only.
    expect(ranked[0]?.doc.text).toBe('');
    const revision = search.revision;
    const filled = new Promise<void>((resolve) => search.subscribe(resolve));
    await filled;
    expect(search.revision).toBe(revision);
    expect(search.fullRevision).toBe(1);
    expect(search.withFull(ranked)[0]?.doc.text).toContain('clipped in August');
    search.stop();
  });

  it('finds a record written behind the journal once it has counted the tables, and asks for a rebuild', async () => {
    await createNote({ title: 'Hornbeam hedges', body: 'planted in autumn' });
    await refreshStoredIndex();
    // Straight into the table, past the layer that journals every write.
    await new Promise<void>((resolve, reject) => {
      const tx = db.backendDB().transaction('notes', 'readwrite');
      tx.objectStore('notes').put({
        id: 'behind',
        title: 'Quillwort ponds',
        body: 'written where the journal did not see it',
        tags: [],
        createdAt: 1,
        updatedAt: 1,
      });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    const asked = vi.fn();
    const search = new LiveSearch(asked);
    await search.start();
    expect(titles(search, 'quillwort')).toEqual(['Quillwort ponds']);
    expect(titles(search, 'hornbeam')).toEqual(['Hornbeam hedges']);
    expect(asked).toHaveBeenCalled();
    search.stop();
  });

  it('finds a stack installed after the stored index was read', async () => {
    await refreshStoredIndex();
    const search = new LiveSearch(() => undefined);
    await search.start();
    expect(titles(search, 'hx-swap')).not.toContain('hx-swap');

    await installPack(samplePack(), 'htmx.devrecall-stack.json', 100);
    search.syncStacks(await listStoredStacks());
    expect(titles(search, 'hx-swap')).toContain('hx-swap');
    search.stop();
  });

  it('answers from the term lists before the stored index is read, then from the index', async () => {
    await createNote({ title: 'Hornbeam hedges', body: 'planted in autumn' });
    await refreshStoredIndex();
    await createNote({ title: 'Written since', body: 'hornbeam cuttings' });
    const search = new LiveSearch(() => undefined);
    const answered = new Promise<void>((resolve) => search.subscribe(resolve));
    // Not started: the stored index is not being read at all.
    expect(titles(search, 'hornbeam')).toEqual([]);
    await answered;
    expect(search.status).toBe('loading');
    expect(titles(search, 'hornbeam').sort()).toEqual(['Hornbeam hedges', 'Written since']);

    await search.start();
    expect(titles(search, 'hornbeam').sort()).toEqual(['Hornbeam hedges', 'Written since']);
    search.stop();
  });
});
