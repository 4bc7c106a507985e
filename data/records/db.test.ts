import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDb, SCHEMA_VERSIONS, type TableName } from './db';
import { samplePack } from '../stacks/pack-fixtures';

/**
 * Records as each schema version stored them. A new version adds an entry here; the test below
 * then checks that a database of every earlier version upgrades with every record intact.
 */
const RECORDS_AT_VERSION: Record<number, Record<string, object[]>> = {
  1: {
    savedStacks: [{ stackId: 'django', savedAt: 1_700_000_000_000 }],
    notes: [
      {
        id: 'n1',
        title: 'Prefetch with Prefetch()',
        body: '```python\nPrefetch("tags")\n```',
        tags: ['orm'],
        sectionId: 'django/orm',
        pageUrl: 'https://docs.djangoproject.com/en/5.2/ref/models/querysets/',
        pageKey: 'docs:ref/models/querysets',
        createdAt: 1,
        updatedAt: 2,
      },
    ],
    snippets: [
      {
        id: 's1',
        text: 'def f():\n    return 1\n',
        language: 'python',
        pageUrl: 'https://example.com/a',
        pageTitle: 'A',
        pageKey: 'https://example.com/a',
        note: '',
        tags: [],
        createdAt: 1,
        updatedAt: 1,
      },
    ],
    reviews: [
      {
        id: 1,
        cardId: 'django/q-mtv',
        grade: 3,
        reviewedAt: 5,
        state: 0,
        due: 5,
        scheduledDays: 0,
      },
    ],
    settings: [{ key: 'theme', value: 'dark' }],
  },
  2: {
    progress: [
      { sectionId: 'django/orm', readAt: 10 },
      { sectionId: 'django/q-csrf', readAt: 11, learnedAt: 12 },
    ],
  },
  3: {
    searchJournal: [{ seq: 1, table: 'notes', key: 'n1', at: 3 }],
  },
  4: {
    stacks: [
      {
        id: 'htmx',
        source: 'installed',
        pack: samplePack(),
        origin: 'https://example.com/htmx.devrecall-stack.json',
        createdAt: 20,
        updatedAt: 21,
      },
    ],
  },
  5: {
    reviewLog: [
      {
        id: '0b4f4c1e-2f7a-4d55-9a43-3c1f0f8a9d21',
        cardId: 'django/q-csrf',
        grade: 4,
        reviewedAt: 7,
        state: 2,
        due: 6,
        scheduledDays: 3,
      },
    ],
  },
  6: {
    drafts: [
      {
        key: 'note:n1',
        title: 'Prefetch with Prefetch()',
        body: 'half-written',
        tags: 'orm, ',
        stackId: 'django',
        sectionId: 'django/orm',
        pageUrl: '',
        updatedAt: 20,
      },
    ],
  },
  9: {
    importStaging: [
      { run: 1, seq: 0, section: 'notes', records: '[{"id":"n2","title":"Staged"}]' },
    ],
  },
  10: {
    searchLists: [
      { term: ' meta', ids: '', seq: 1, format: 1 },
      { term: 'prefetch', ids: 'note:n1' },
    ],
  },
};

/**
 * Tables a later version replaced, with the records they hold after the upgrade. Version 5 moved
 * the review log to ids that cannot collide: old entries get an id from their card and time.
 */
const MOVED: Record<string, (rows: object[]) => [TableName, object[]]> = {
  reviews: (rows) => [
    'reviewLog',
    rows.map((row) => {
      const { id: _local, ...entry } = row as { id: number; cardId: string; reviewedAt: number };
      return { id: `${entry.cardId}@${entry.reviewedAt}`, ...entry };
    }),
  ],
};

const latest = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;

describe('schema upgrades', () => {
  it('declares versions in increasing order, each with its stores', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });

  for (const { version } of SCHEMA_VERSIONS) {
    it(`opens a version ${version} database with the current schema and keeps every record`, async () => {
      const name = `upgrade-from-v${version}`;
      const records = RECORDS_AT_VERSION[version];
      expect(records, `RECORDS_AT_VERSION needs records for version ${version}`).toBeDefined();

      const old = openDb(name, version);
      await old.open();
      for (const [table, rows] of Object.entries(records ?? {}))
        await old.table(table).bulkAdd(rows);
      old.close();

      const current = openDb(name);
      await current.open();
      expect(current.verno).toBe(latest);
      for (const [stored, rows] of Object.entries(records ?? {})) {
        const [table, expected] = MOVED[stored]?.(rows) ?? [stored, rows];
        expect(await current.table(table).toArray(), table).toEqual(expected);
      }
      current.close();
      await Dexie.delete(name);
    });
  }
});

describe('versions declared later with a lower number', () => {
  it('give a database already at the latest version their tables', async () => {
    const name = 'gap';
    const early = new Dexie(name);
    for (const { version, stores } of SCHEMA_VERSIONS) {
      if (version !== 3) early.version(version).stores(stores);
    }
    await early.open();
    early.close();

    const current = openDb(name);
    await current.open();
    await current.searchJournal.add({ table: 'notes', key: 'n1', at: 1 });
    expect(await current.searchJournal.count()).toBe(1);
    current.close();
    await Dexie.delete(name);
  });
});
