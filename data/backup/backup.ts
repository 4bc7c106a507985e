import { ensureInterviewCards } from '../practice/practice';
import { interviewQuestionIds } from '../practice/practice-items';
import { db, TABLES, TRANSIENT_TABLES, type TableName } from '../records/db';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  SECTIONS,
  type Backup,
  type BackupData,
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
