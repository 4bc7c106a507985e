import { beforeEach, describe, expect, it } from 'vitest';
import { clearAllData } from '../backup/backup';
import { db } from '../records/db';
import { createNote } from '../records/notes';
import { searchHost } from './search-host';
import { refreshStoredIndex } from './stored-index';
import type { SearchAnswer, SearchReply, SearchRequest } from './worker-protocol';

beforeEach(async () => {
  await clearAllData();
  await db.searchIndex.clear();
  await db.searchLists.clear();
  await db.searchJournal.clear();
});

/** A host and everything it has posted. */
function host() {
  const replies: SearchReply[] = [];
  const ask = searchHost((reply) => replies.push(reply));
  const answers = () => replies.filter((r): r is SearchReply & SearchAnswer => r.type === 'answer');
  /** Settles once `check` holds of the replies so far. */
  const until = async (check: () => boolean) => {
    for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
    expect(check()).toBe(true);
  };
  const ownTitles = (answer: SearchAnswer | undefined) => answer?.own.map((h) => h.doc.title);
  return { replies, ask: (request: SearchRequest) => ask(request), answers, until, ownTitles };
}

describe('search host', () => {
  it('answers the newest query again as the user’s index loads, and with full records', async () => {
    await createNote({ title: 'Hornbeam hedges', body: 'planted in autumn, clipped in August' });
    await refreshStoredIndex();
    const h = host();
    h.ask({ type: 'start-user' });
    h.ask({ type: 'search', id: 1, query: 'hornbeam', limit: 30 });
    await h.until(() => h.answers().some((a) => a.own[0]?.doc.text.includes('clipped')));
    expect(h.answers().every((a) => a.id === 1 && a.query === 'hornbeam')).toBe(true);
    expect(h.ownTitles(h.answers().at(-1))).toEqual(['Hornbeam hedges']);
    expect(h.replies).toContainEqual({ type: 'user', status: 'ready' });
    h.ask({ type: 'stop' });
  });

  it('holds a query’s first answer until the term lists have answered it', async () => {
    await createNote({ title: 'Hornbeam hedges', body: 'planted in autumn' });
    await refreshStoredIndex();
    const h = host();
    h.ask({ type: 'start-user' });
    h.ask({ type: 'search', id: 1, query: 'hornbeam', limit: 30 });
    expect(h.answers()).toEqual([]);
    await h.until(() => h.answers().length > 0);
    // Never an answer without the user's note that a later one would reorder.
    expect(h.ownTitles(h.answers()[0])).toEqual(['Hornbeam hedges']);
    h.ask({ type: 'stop' });
  });

  it('takes in a write when told the journal grew', async () => {
    await refreshStoredIndex();
    const h = host();
    h.ask({ type: 'start-user' });
    await h.until(() => h.replies.some((r) => r.type === 'user' && r.status === 'ready'));
    h.ask({ type: 'search', id: 1, query: 'quillwort', limit: 30 });
    expect(h.answers().at(-1)?.own).toEqual([]);
    await createNote({ title: 'Quillwort ponds', body: 'shallow water' });
    h.ask({ type: 'catch-up' });
    await h.until(() => h.ownTitles(h.answers().at(-1))?.[0] === 'Quillwort ponds');
    h.ask({ type: 'stop' });
  });

  it('answers a query asked now once, leaving the newest one to be answered again', async () => {
    await createNote({ title: 'Hornbeam hedges', body: 'planted in autumn' });
    await refreshStoredIndex();
    const h = host();
    h.ask({ type: 'search', id: 1, query: 'hornbeam', limit: 30 });
    h.ask({ type: 'search', id: 2, query: 'hedges', limit: 30, now: true });
    h.ask({ type: 'start-user' });
    await h.until(() => h.ownTitles(h.answers().at(-1))?.[0] === 'Hornbeam hedges');
    expect(h.answers().filter((a) => a.id === 2)).toHaveLength(1);
    expect(h.answers().at(-1)?.id).toBe(1);
    h.ask({ type: 'stop' });
  });

  it('says the docs index failed to load, and goes on answering from the user’s records', async () => {
    await createNote({ title: 'Hornbeam hedges', body: 'planted in autumn' });
    const h = host();
    h.ask({ type: 'load-docs', files: { index: 'missing:index', snapshot: 'missing:snapshot' } });
    h.ask({ type: 'start-user' });
    await h.until(() => h.replies.some((r) => r.type === 'docs'));
    expect(h.replies.find((r) => r.type === 'docs')).toMatchObject({ status: 'failed' });
    h.ask({ type: 'search', id: 1, query: 'hornbeam', limit: 30 });
    await h.until(() => h.ownTitles(h.answers().at(-1))?.[0] === 'Hornbeam hedges');
    expect(h.answers().at(-1)?.docs).toEqual([]);
    h.ask({ type: 'stop' });
  });
});
