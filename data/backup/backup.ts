import { db, TABLES, type TableName } from '../records/db';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from './backup-schema';

export async function exportBackup(now = Date.now()): Promise<Backup> {
  const data = await db.transaction('r', [...TABLES], async () => ({
    savedStacks: await db.savedStacks.toArray(),
    notes: await db.notes.toArray(),
    snippets: await db.snippets.toArray(),
    cards: await db.cards.toArray(),
    reviews: await db.reviews.toArray(),
    settings: await db.settings.toArray(),
    progress: await db.progress.toArray(),
    stacks: await db.stacks.toArray(),
  }));
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now, data };
}

export type ImportReport = Record<TableName, { added: number; updated: number }>;

/**
 * Merges a validated backup by id in one transaction: records in the file replace those with the
 * same id, others are kept. If any write fails, nothing is changed.
 */
export async function importBackup(backup: Backup): Promise<ImportReport> {
  return db.transaction('rw', [...TABLES], async () => {
    const report = {} as ImportReport;
    for (const name of TABLES) {
      const table = db.table(name);
      const records: readonly object[] = backup.data[name];
      const keyPath = table.schema.primKey.keyPath as string;
      // Review entries without an id are new log lines: auto-increment gives them one.
      const keys = records
        .map((r) => (r as Record<string, unknown>)[keyPath])
        .filter((k) => k !== undefined);
      const existing = keys.length ? await table.bulkGet(keys as string[]) : [];
      const updated = existing.filter((r) => r !== undefined).length;
      if (records.length) await table.bulkPut(records);
      report[name] = { added: records.length - updated, updated };
    }
    return report;
  });
}

/** Empties every table in one transaction. */
export async function clearAllData(): Promise<void> {
  await db.transaction('rw', [...TABLES], async () => {
    for (const name of TABLES) await db.table(name).clear();
  });
}
