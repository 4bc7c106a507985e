import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from './db';
import { getRecent, RECENT_LIMIT, rememberOpened, withRecent, type RecentItem } from './recent';
import type { SearchDoc } from '../search/types';

const doc = (id: string, extra: Partial<SearchDoc> = {}): SearchDoc => ({
  id,
  kind: 'note',
  title: `Title ${id}`,
  context: 'My notes',
  keywords: [],
  text: '',
  code: '',
  ...extra,
});

beforeEach(async () => {
  await db.settings.clear();
});

describe('recently opened', () => {
  it('puts the latest first, once, and keeps a few', () => {
    const item = (id: string): RecentItem => ({ id, kind: 'note', title: id, context: '' });
    let list = [item('a'), item('b')];
    list = withRecent(list, item('b'));
    expect(list.map((r) => r.id)).toEqual(['b', 'a']);
    for (let i = 0; i < 10; i++) list = withRecent(list, item(`x${i}`));
    expect(list).toHaveLength(RECENT_LIMIT);
    expect(list[0]?.id).toBe('x9');
  });

  it('stores what it needs to show and open each item, docs entries with their address', async () => {
    await rememberOpened(doc('note:1'));
    const url = 'https://docs.djangoproject.com/en/5.2/ref/csrf/#csrf_exempt';
    await rememberOpened(doc('docs:django/ref/csrf/#csrf_exempt', { kind: 'docs', url }));
    await rememberOpened(doc('note:1', { title: 'Renamed' }));
    expect(await getRecent()).toEqual([
      { id: 'note:1', kind: 'note', title: 'Renamed', context: 'My notes' },
      {
        id: 'docs:django/ref/csrf/#csrf_exempt',
        kind: 'docs',
        title: 'Title docs:django/ref/csrf/#csrf_exempt',
        context: 'My notes',
        url,
      },
    ]);
  });

  it('leaves out stored entries of the wrong shape', async () => {
    await db.settings.put({
      key: 'recentlyOpened',
      value: [{ id: 'note:1', kind: 'note', title: 'ok', context: '' }, { id: 2 }, 'junk'],
    });
    expect((await getRecent()).map((r) => r.id)).toEqual(['note:1']);
    await db.settings.put({ key: 'recentlyOpened', value: 'junk' });
    expect(await getRecent()).toEqual([]);
  });
});
