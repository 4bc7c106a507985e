import { beforeEach, describe, expect, it } from 'vitest';
import { backupFiles, clearAllData, exportBackup, importBackupFile } from './backup';
import { readBackup, type ReadRecord } from './backup-reader';
import { db, TABLES } from '../records/db';
import { createNote } from '../records/notes';
import { createSnippet } from '../records/snippets';

beforeEach(() => clearAllData());

async function seed() {
  for (let i = 0; i < 5; i++) {
    await createNote(
      { title: `Note ${i}`, body: `Body "${i}" \\ with {braces} [and] , commas` },
      i,
    );
  }
  await createSnippet(
    { text: '  x = "}]"\n', language: 'python', pageUrl: 'https://e.com/', pageTitle: 'E' },
    9,
  );
  await db.settings.put({ key: 'theme', value: 'dark' });
}

async function snapshot() {
  return Object.fromEntries(
    await Promise.all(
      [...TABLES, 'importStaging'].map(async (t) => [t, await db.table(t).toArray()]),
    ),
  );
}

const exported = async () => (await backupFiles(await exportBackup(1))[0]?.text()) ?? '';

/** The text in pieces of `size` characters, as a file arrives. */
function* pieces(text: string, size: number) {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function read(chunks: Iterable<string>, batchRecords = 2) {
  const records: ReadRecord[] = [];
  const result = await readBackup(
    chunks,
    async (batch) => {
      records.push(...batch);
    },
    { batchRecords },
  );
  return { result, records };
}

describe('readBackup', () => {
  it('reads the same records whatever the size of the pieces the file arrives in', async () => {
    await seed();
    const text = await exported();
    const file = JSON.parse(text) as { data: Record<string, object[]> };
    const expected = Object.entries(file.data).flatMap(([section, list]) =>
      list.map((record) => ({ section, record })),
    );
    for (const size of [1, 2, 3, 7, 64, 1000, text.length]) {
      const { result, records } = await read(pieces(text, size));
      expect(result.ok, `pieces of ${size}`).toBe(true);
      expect(records, `pieces of ${size}`).toEqual(expected);
    }
  });

  it('refuses a file cut short at any point', async () => {
    await seed();
    const text = (await exported()).trimEnd();
    for (let cut = 0; cut < text.length; cut++) {
      const { result } = await read(pieces(text.slice(0, cut), 5));
      expect(result.ok, `cut at ${cut}`).toBe(false);
    }
  });

  it.each([
    [
      'data before the header',
      '{"data":{},"format":"devrecall-backup","version":3,"exportedAt":1}',
      'no "format"',
    ],
    [
      'a field after data',
      '{"format":"devrecall-backup","version":3,"exportedAt":1,"data":{"notes":[]},"x":1}',
      'damaged at x: unknown field',
    ],
    [
      'a header field twice',
      '{"format":"devrecall-backup","format":"devrecall-backup","version":3,"exportedAt":1,"data":{}}',
      'damaged at format: given twice',
    ],
    [
      'a section twice',
      '{"format":"devrecall-backup","version":3,"exportedAt":1,"data":{"notes":[],"notes":[]}}',
      'data.notes: given twice',
    ],
    [
      'a section that is not a list',
      '{"format":"devrecall-backup","version":3,"exportedAt":1,"data":{"notes":{}}}',
      'data.notes: not a list',
    ],
    [
      'records without a comma',
      '{"format":"devrecall-backup","version":3,"exportedAt":1,"data":{"settings":[{"key":"a","value":1} {"key":"b","value":1}]}}',
      'not valid JSON',
    ],
    [
      'text after the backup',
      '{"format":"devrecall-backup","version":3,"exportedAt":1,"data":{}} x',
      'not valid JSON',
    ],
    ['a list', '[1, 2]', 'not a DevRecall backup'],
  ])('refuses %s', async (_, text, message) => {
    const { result } = await read(pieces(text, 4));
    expect(result).toEqual({ ok: false, error: expect.stringContaining(message) });
  });

  it('refuses a record larger than any the app saves, without holding more of it', async () => {
    const text = `{"format":"devrecall-backup","version":3,"exportedAt":1,"data":{"notes":[{"id":"${'x'.repeat(5000)}"}]}}`;
    const result = await readBackup(pieces(text, 100), async () => {}, { maxRecordChars: 1000 });
    expect(result).toEqual({
      ok: false,
      error: expect.stringContaining('more than DevRecall ever saves'),
    });
  });
});

describe('importBackupFile', () => {
  it('changes nothing, and leaves nothing staged, when the file is bad at any point', async () => {
    await seed();
    const text = await exported();
    const before = await snapshot();
    // Every structural character replaced, so faults fall before, between and after batches.
    for (let at = 0; at < text.length; at++) {
      if (!'{}[],:"'.includes(text[at] ?? '')) continue;
      const bad = text.slice(0, at) + '}' + text.slice(at + 1);
      const result = await importBackupFile(new Blob([bad]), { batchRecords: 1 });
      // Still a valid backup (a changed string): put the original back for the next one.
      if (result.ok) await importBackupFile(new Blob([text]));
      else expect(await snapshot(), `character ${at}`).toEqual(before);
    }
  });

  it('imports a file it exported, in batches, with the same report as a whole import', async () => {
    await seed();
    const before = await snapshot();
    const file = backupFiles(await exportBackup(1))[0] ?? new Blob();
    await clearAllData();
    const progress: number[] = [];
    const result = await importBackupFile(file, {
      batchRecords: 2,
      onProgress: (n) => progress.push(n),
    });
    expect(result.ok && result.value.notes).toEqual({ added: 5, updated: 0, unchanged: 0 });
    expect(progress).toEqual([2, 4, 6, 7]);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a file over the size limit before reading it, saying the limit', async () => {
    const result = await importBackupFile(new Blob(['x'.repeat(3 * 1024 * 1024)]), {
      maxBytes: 2 * 1024 * 1024,
    });
    expect(result).toEqual({
      ok: false,
      error: 'The file is 3 MB; backups up to 2 MB can be imported.',
    });
  });
});

describe('backupFiles', () => {
  it('writes one file while the library fits, several otherwise, which together restore it', async () => {
    await seed();
    const before = await snapshot();
    const backup = await exportBackup(1);
    expect(backupFiles(backup)).toHaveLength(1);
    const files = backupFiles(backup, 1200);
    expect(files.length).toBeGreaterThan(1);
    for (const file of files) expect(file.size).toBeLessThanOrEqual(1200);
    await clearAllData();
    for (const file of files) expect((await importBackupFile(file)).ok).toBe(true);
    expect(await snapshot()).toEqual(before);
  });
});
