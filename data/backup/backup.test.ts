import { beforeEach, describe, expect, it } from 'vitest';
import { clearAllData, exportBackup, importBackup } from './backup';
import { BACKUP_VERSION, MAX_BACKUP_BYTES, parseBackup, type Backup } from './backup-schema';
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
  await db.reviews.add({
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

    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.error);
    const report = await importBackup(parsed.backup);
    expect(report.notes).toEqual({ added: 1, updated: 0 });
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
    expect(report.notes).toEqual({ added: 1, updated: 1 });
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

  it('accepts a valid backup', () => {
    expect(parseBackup(JSON.stringify(valid())).ok).toBe(true);
  });

  it('accepts a version 1 backup, which had no reading progress', () => {
    const { progress, ...v1Data } = valid().data;
    expect(progress).toEqual([]);
    const result = parseBackup(JSON.stringify({ ...valid(), version: 1, data: v1Data }));
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
    ['a file over the size limit', ' '.repeat(MAX_BACKUP_BYTES + 1) + '{}', 'can be imported'],
  ])('rejects %s with a clear message', (_, text, message) => {
    const result = parseBackup(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
  });
});
