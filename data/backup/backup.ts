import { ensureInterviewCards } from '../practice/practice';
import { interviewQuestionIds } from '../practice/practice-items';
import { db, TABLES, TRANSIENT_TABLES, type TableName } from '../records/db';
import { readBackup, type ReadOptions, type ReadRecord } from './backup-reader';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  MAX_BACKUP_BYTES,
  SECTIONS,
  tooLarge,
  type Backup,
  type BackupData,
  type Checked,
  type Section,
} from './backup-schema';

/** The table each section of a backup is stored in. */
export const TABLE_OF: Record<Section, TableName> = {
  savedStacks: 'savedStacks',
  notes: 'notes',
  snippets: 'snippets',
  cards: 'cards',
  reviews: 'reviewLog',
  settings: 'settings',
  progress: 'progress',
  stacks: 'stacks',
};

export async function exportBackup(now = Date.now()): Promise<Backup> {
  const tables = SECTIONS.map((s) => TABLE_OF[s]);
  const data = await db.transaction('r', tables, async () => {
    const lists = await Promise.all(tables.map((t) => db.table(t).toArray()));
    return Object.fromEntries(SECTIONS.map((s, i) => [s, lists[i]])) as unknown as BackupData;
  });
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now, data };
}

/**
 * A backup as files of at most `maxBytes` each (one file unless the library is larger), written
 * record by record so no single string holds the whole library. Each file is a whole backup: every
 * section is there, the records are shared out in order, and importing all of them restores all.
 */
export function backupFiles(backup: Backup, maxBytes = MAX_BACKUP_BYTES): Blob[] {
  const encoder = new TextEncoder();
  const head = `{\n  "format": ${JSON.stringify(backup.format)},\n  "version": ${backup.version},\n  "exportedAt": ${backup.exportedAt},\n  "data": {`;
  const file = (sections: Uint8Array<ArrayBuffer>[][]): Blob => {
    const parts: BlobPart[] = [head];
    SECTIONS.forEach((name, i) => {
      const lines = sections[i] ?? [];
      parts.push(`${i ? ',' : ''}\n    ${JSON.stringify(name)}: [`);
      lines.forEach((line, r) => parts.push(r ? ',\n      ' : '\n      ', line));
      parts.push(lines.length ? '\n    ]' : ']');
    });
    parts.push('\n  }\n}\n');
    return new Blob(parts, { type: 'application/json' });
  };
  const empty = () => SECTIONS.map(() => [] as Uint8Array<ArrayBuffer>[]);
  // An empty file, with room for closing every section's list.
  const frame = file(empty()).size + SECTIONS.length * 6;
  const files: Blob[] = [];
  let current = empty();
  let bytes = frame;
  let count = 0;
  SECTIONS.forEach((section, s) => {
    for (const record of backup.data[section]) {
      const line = encoder.encode(JSON.stringify(record));
      const cost = line.length + 8;
      if (count > 0 && bytes + cost > maxBytes) {
        files.push(file(current));
        current = empty();
        bytes = frame;
        count = 0;
      }
      current[s]?.push(line);
      bytes += cost;
      count++;
    }
  });
  files.push(file(current));
  return files;
}

export interface MergeCounts {
  added: number;
  updated: number;
  /** Already here exactly as in the file (or, for review entries, already in the log). */
  unchanged: number;
}

export type ImportReport = Record<Section, MergeCounts>;

export const emptyReport = (): ImportReport =>
  Object.fromEntries(
    SECTIONS.map((s) => [s, { added: 0, updated: 0, unchanged: 0 }]),
  ) as ImportReport;

/**
 * Merges a validated backup by id in one transaction: records in the file replace those with the
 * same id, others are kept. If any write fails, nothing is changed.
 */
export async function importBackup(backup: Backup): Promise<ImportReport> {
  return db.transaction('rw', [...TABLES], async () => {
    const report = emptyReport();
    for (const section of SECTIONS) {
      addCounts(report[section], await mergeRecords(section, backup.data[section]));
    }
    return report;
  });
}

/** Staged records left by an import that never finished (its tab closed) are removed after this. */
const STALE_RUN_MS = 24 * 60 * 60 * 1000;

export interface FileImportOptions extends ReadOptions {
  maxBytes?: number;
  /** Called after each batch is checked and staged, with the records read so far. */
  onProgress?: (records: number) => void;
  now?: number;
}

/**
 * Imports a backup file of any size the app exports, holding at most a batch of records at once:
 * each record is checked as it is read and staged, and only once the whole file is good are the
 * staged records merged into the tables, in one transaction. A bad file, or a failure at any
 * point, changes nothing the user can see.
 */
export async function importBackupFile(
  file: Blob,
  { maxBytes = MAX_BACKUP_BYTES, onProgress, now = Date.now(), ...read }: FileImportOptions = {},
): Promise<Checked<ImportReport>> {
  if (file.size > maxBytes) return { ok: false, error: tooLarge(file.size, maxBytes) };
  // Unique among imports running in other tabs, and ordered by when each started.
  const run = now * 1000 + Math.floor(Math.random() * 1000);
  await db.importStaging
    .where('run')
    .below((now - STALE_RUN_MS) * 1000)
    .delete();
  let seq = 0;
  let records = 0;
  try {
    const result = await readBackup(
      textOf(file),
      async (batch) => {
        await db.importStaging.bulkAdd(
          bySection(batch).map(([section, list]) => ({
            run,
            seq: seq++,
            section,
            records: JSON.stringify(list),
          })),
        );
        records += batch.length;
        onProgress?.(records);
      },
      read,
    );
    if (!result.ok) return result;
    return { ok: true, value: await commitStaged(run, seq) };
  } finally {
    await db.importStaging.where('run').equals(run).delete();
  }
}

/** Merges the `count` batches staged by `run` into the tables, in one transaction. */
async function commitStaged(run: number, count: number): Promise<ImportReport> {
  return db.transaction('rw', [...TABLES, 'importStaging'], async () => {
    if ((await db.importStaging.where('run').equals(run).count()) !== count) {
      throw new Error('all data was deleted in another tab while the file was read.');
    }
    const report = emptyReport();
    for (let seq = 0; seq < count; seq++) {
      const batch = await db.importStaging.get([run, seq]);
      if (!batch) throw new Error('all data was deleted in another tab while the file was read.');
      const section = batch.section as Section;
      addCounts(
        report[section],
        await mergeRecords(section, JSON.parse(batch.records) as object[]),
      );
    }
    await db.importStaging.where('run').equals(run).delete();
    return report;
  });
}

/** Consecutive records grouped by section, in file order. */
function bySection(records: ReadRecord[]): [Section, object[]][] {
  const groups: [Section, object[]][] = [];
  for (const { section, record } of records) {
    const last = groups[groups.length - 1];
    if (last?.[0] === section) last[1].push(record);
    else groups.push([section, [record]]);
  }
  return groups;
}

/** A file's text, decoded as UTF-8, chunk by chunk as the browser reads it. */
async function* textOf(file: Blob): AsyncGenerator<string> {
  const reader = file.stream().pipeThrough(new TextDecoderStream()).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

export function addCounts(total: MergeCounts, more: MergeCounts): void {
  total.added += more.added;
  total.updated += more.updated;
  total.unchanged += more.unchanged;
}

/**
 * Merges records of one section; runs inside the caller's transaction. A record replaces the one
 * with its id; a review entry never replaces one: an entry is history, and ids cannot collide.
 */
export async function mergeRecords(
  section: Section,
  records: readonly object[],
): Promise<MergeCounts> {
  const counts = { added: 0, updated: 0, unchanged: 0 };
  if (!records.length) return counts;
  const table = db.table(TABLE_OF[section]);
  const keyPath = table.schema.primKey.keyPath as string;
  const existing: unknown[] = await table.bulkGet(
    records.map((r) => (r as Record<string, string>)[keyPath] as string),
  );
  const writes = records.filter((record, i) => {
    const old = existing[i];
    if (old === undefined) counts.added++;
    else if (section === 'reviews' || sameJson(old, record)) counts.unchanged++;
    else counts.updated++;
    return old === undefined || (section !== 'reviews' && !sameJson(old, record));
  });
  if (writes.length) await table.bulkPut(writes);
  return counts;
}

/** Deep equality of plain JSON-like records, whatever the order of their keys. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return (
    ka.length === kb.length &&
    ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

const ALL_TABLES = [...TABLES, ...TRANSIENT_TABLES];

/** Empties every table in one transaction. */
export async function clearAllData(): Promise<void> {
  await db.transaction('rw', ALL_TABLES, async () => {
    for (const name of ALL_TABLES) await db.table(name).clear();
  });
}

/**
 * "Delete all data": leaves exactly what a fresh install has, the built-in interview cards due at
 * once and nothing else, in one transaction.
 */
export async function resetToFreshInstall(now = Date.now()): Promise<void> {
  await db.transaction('rw', ALL_TABLES, async () => {
    await clearAllData();
    await ensureInterviewCards(interviewQuestionIds, now);
  });
}

/** Undoes a reset: the snapshot replaces whatever is stored now, in one transaction. */
export async function restoreSnapshot(snapshot: Backup): Promise<void> {
  await db.transaction('rw', ALL_TABLES, async () => {
    await clearAllData();
    await importBackup(snapshot);
  });
}
