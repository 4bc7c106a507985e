import { beforeEach, describe, expect, it } from 'vitest';
import { clearAllData, exportBackup, importBackup } from './backup';
import { parseBackup } from './backup-reader';
import { BACKUP_VERSION, type Backup } from './backup-schema';
import { db, TABLES } from '../records/db';
import { createNote } from '../records/notes';
import { saveStack } from '../records/saved-stacks';
import { createSnippet } from '../records/snippets';

beforeEach(() => clearAllData());

async function seed() {
  await saveStack('django', 10);
  await createNote({ title: 'Mine', body: '# Heading\n\n`code`', tags: ['orm'] }, 11);
  await createSnippet(
    {
      text: '    indented()\n',
      language: 'python',
      pageUrl: 'https://example.com/',
      pageTitle: 'Example',
    },
    12,
  );
  await db.cards.put({
    id: 'django/q-mtv',
    due: 20,
    stability: 2.3,
    difficulty: 5.1,
    elapsedDays: 0,
    scheduledDays: 2,
    learningSteps: 0,
    reps: 1,
    lapses: 0,
    state: 2,
    lastReview: 13,
    createdAt: 13,
  });
  await db.reviewLog.add({
    id: 'review-1',
    cardId: 'django/q-mtv',
    grade: 3,
    reviewedAt: 13,
    state: 0,
    due: 13,
    scheduledDays: 2,
  });
  await db.settings.put({ key: 'theme', value: 'dark' });
  await db.progress.put({ sectionId: 'django/orm', readAt: 14, learnedAt: 15 });
}

function first<T>(list: T[]): T {
  const [item] = list;
  if (item === undefined) throw new Error('empty list');
  return item;
}

async function snapshot() {
  return Object.fromEntries(
    await Promise.all(TABLES.map(async (t) => [t, await db.table(t).toArray()])),
  );
}

describe('backup', () => {
  it('export, clear, import gives back every table exactly', async () => {
    await seed();
    const before = await snapshot();
    const text = JSON.stringify(await exportBackup());
    await clearAllData();
    expect(await db.notes.count()).toBe(0);

    const parsed = await parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.error);
    const report = await importBackup(parsed.backup);
    expect(report.notes).toEqual({ added: 1, updated: 0, unchanged: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it('merges by id, reporting what it added and updated', async () => {
    await seed();
    const backup = await exportBackup();
    const note = first(backup.data.notes);
    backup.data.notes = [
      { ...note, title: 'Changed' },
      { ...note, id: 'other', title: 'New' },
    ];
    const report = await importBackup(backup);
    expect(report.notes).toEqual({ added: 1, updated: 1, unchanged: 0 });
    expect((await db.notes.toArray()).map((n) => n.title).sort()).toEqual(['Changed', 'New']);
  });

  it('writes nothing when any record fails to store', async () => {
    await seed();
    const before = await snapshot();
    const backup = await exportBackup();
    backup.data.snippets.push({
      ...first(backup.data.snippets),
      id: undefined as unknown as string,
    });
    backup.data.notes.push({ ...first(backup.data.notes), id: 'added-before-the-failure' });
    await expect(importBackup(backup)).rejects.toThrow();
    expect(await snapshot()).toEqual(before);
  });
});

describe('parseBackup', () => {
  const valid = (): Backup => ({
    format: 'devrecall-backup',
    version: BACKUP_VERSION,
    exportedAt: 1,
    data: {
      savedStacks: [],
      notes: [],
      snippets: [],
      cards: [],
      reviews: [],
      settings: [],
      progress: [],
      stacks: [],
    },
  });

  it('accepts a valid backup', async () => {
    expect((await parseBackup(JSON.stringify(valid()))).ok).toBe(true);
  });

  it('accepts a version 1 backup, which had no reading progress', async () => {
    const { progress, ...v1Data } = valid().data;
    expect(progress).toEqual([]);
    const result = await parseBackup(JSON.stringify({ ...valid(), version: 1, data: v1Data }));
    expect(result.ok && result.backup.data.progress).toEqual([]);
  });

  it.each([
    ['an empty file', '', 'empty'],
    ['truncated JSON', JSON.stringify(valid()).slice(0, 40), 'not valid JSON'],
    ['another JSON file', '{"name":"package"}', 'not a DevRecall backup'],
    [
      'a future version',
      JSON.stringify({ ...valid(), version: BACKUP_VERSION + 1 }),
      'newer DevRecall',
    ],
    [
      'wrong field types',
      JSON.stringify({
        ...valid(),
        data: {
          ...valid().data,
          notes: [{ id: 1, title: 'x', body: 'y', tags: 'a', createdAt: 1, updatedAt: 1 }],
        },
      }),
      'damaged at data.notes.0.id',
    ],
    [
      'a duplicated id',
      JSON.stringify({
        ...valid(),
        data: {
          ...valid().data,
          settings: [
            { key: 'a', value: 1 },
            { key: 'a', value: 2 },
          ],
        },
      }),
      'setting "a" twice',
    ],
  ])('rejects %s with a clear message', async (_, text, message) => {
    const result = await parseBackup(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
  });
});

describe('review history from another browser', () => {
  const entry = (id: string, cardId = 'django/q-mtv', reviewedAt = 100) => ({
    id,
    cardId,
    grade: 3,
    reviewedAt,
    state: 2,
    due: reviewedAt,
    scheduledDays: 1,
  });

  it('adds entries with other ids and never replaces one already in the log', async () => {
    await db.reviewLog.bulkAdd([entry('here-1'), entry('here-2', 'django/orm', 200)]);
    const backup = await exportBackup();
    backup.data.reviews = [
      entry('there-1', 'django/q-csrf', 300),
      { ...entry('here-1'), grade: 1 },
    ];
    const report = await importBackup(backup);
    expect(report.reviews).toEqual({ added: 1, updated: 0, unchanged: 1 });
    expect((await db.reviewLog.toArray()).map((r) => [r.id, r.grade])).toEqual([
      ['here-1', 3],
      ['here-2', 3],
      ['there-1', 3],
    ]);
  });

  it('imports an old backup’s numbered entries once, however often it is imported', async () => {
    const old = {
      format: 'devrecall-backup',
      version: 2,
      exportedAt: 1,
      data: {
        savedStacks: [],
        notes: [],
        snippets: [],
        cards: [],
        reviews: [
          { ...entry('x'), id: 1 },
          { ...entry('x', 'django/orm', 200), id: 2 },
        ],
        settings: [],
        progress: [],
      },
    };
    const parsed = await parseBackup(JSON.stringify(old));
    if (!parsed.ok) throw new Error(parsed.error);
    expect((await importBackup(parsed.backup)).reviews.added).toBe(2);
    // Another browser's v2 file numbers the same entries differently: still the same entries.
    old.data.reviews.forEach((r, i) => (r.id = 400 + i));
    const again = await parseBackup(JSON.stringify(old));
    if (!again.ok) throw new Error(again.error);
    expect((await importBackup(again.backup)).reviews).toEqual({
      added: 0,
      updated: 0,
      unchanged: 2,
    });
    expect(await db.reviewLog.count()).toBe(2);
  });
});

describe('parseBackup bounds every value the app renders', () => {
  const withRecord = (section: string, record: object) =>
    JSON.stringify({
      format: 'devrecall-backup',
      version: BACKUP_VERSION,
      exportedAt: 1,
      data: {
        savedStacks: [],
        notes: [],
        snippets: [],
        cards: [],
        reviews: [],
        settings: [],
        progress: [],
        [section]: [record],
      },
    });
  const note = { id: 'n', title: 'T', body: '', tags: [], createdAt: 1, updatedAt: 1 };
  const snippet = {
    id: 's',
    text: 'x',
    language: 'python',
    pageUrl: 'https://e.com/',
    pageTitle: 'E',
    pageKey: 'https://e.com/',
    note: '',
    tags: [],
    createdAt: 1,
    updatedAt: 1,
  };
  const review = {
    id: 'r',
    cardId: 'c',
    grade: 3,
    reviewedAt: 1,
    state: 0,
    due: 1,
    scheduledDays: 0,
  };

  it.each([
    [
      'a 9e15 timestamp',
      'notes',
      { ...note, updatedAt: 9e15 },
      'data.notes.0.updatedAt: not a date',
    ],
    ['a negative timestamp', 'notes', { ...note, createdAt: -1 }, 'data.notes.0.createdAt'],
    ['a blank title', 'notes', { ...note, title: '   ' }, 'a note needs a title'],
    ['a 2 000-character title', 'notes', { ...note, title: 'x'.repeat(2000) }, 'title'],
    ['a 300 KB note', 'notes', { ...note, body: 'x'.repeat(300_000) }, '200 KB of a note'],
    [
      'a 200 KB snippet',
      'snippets',
      { ...snippet, text: 'x'.repeat(200_000) },
      'data.snippets.0.text: longer than the 100 KB of a snippet DevRecall saves',
    ],
    ['an empty snippet', 'snippets', { ...snippet, text: '' }, 'data.snippets.0.text'],
    [
      '500 tags',
      'notes',
      { ...note, tags: Array.from({ length: 500 }, (_, i) => `t${i}`) },
      'tags',
    ],
    ['an empty tag', 'notes', { ...note, tags: [''] }, 'tags.0'],
    ['a grade of 7', 'reviews', { ...review, grade: 7 }, 'data.reviews.0.grade'],
    ['a numbered review id in a version 3 file', 'reviews', { ...review, id: 3 }, 'reviews.0.id'],
    ['a huge setting', 'settings', { key: 'k', value: 'x'.repeat(20_000) }, 'too large'],
    [
      'a huge stability',
      'cards',
      {
        id: 'c',
        due: 1,
        stability: 1e300,
        difficulty: 5,
        elapsedDays: 0,
        scheduledDays: 0,
        learningSteps: 0,
        reps: 0,
        lapses: 0,
        state: 0,
        createdAt: 1,
      },
      'data.cards.0.stability',
    ],
  ])('refuses %s', async (_, section, record, message) => {
    const result = await parseBackup(withRecord(section, record));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
  });

  it('refuses a duplicated review id', async () => {
    const text = withRecord('reviews', review).replace(
      /"reviews":\[(.*?)\]/,
      (_, r: string) => `"reviews":[${r},${r}]`,
    );
    expect(await parseBackup(text)).toEqual({
      ok: false,
      error: 'The backup holds review "r" twice.',
    });
  });

  it('accepts values at the limits', async () => {
    const result = await parseBackup(
      withRecord('snippets', { ...snippet, text: 'x'.repeat(100_000), updatedAt: 253402300799999 }),
    );
    expect(result.ok).toBe(true);
  });
});
