import { db } from '../records/db';
import { sourceOf, sourceOfSearchId } from './sources';
import type { SearchDoc } from './types';

/** The current records behind search ids, as documents; ids of deleted records are left out. */
export async function currentDocs(ids: readonly string[]): Promise<SearchDoc[]> {
  const keysByTable = new Map<string, string[]>();
  for (const id of ids) {
    const at = sourceOfSearchId(id);
    if (!at) continue;
    const keys = keysByTable.get(at.source.table) ?? [];
    keys.push(at.key);
    keysByTable.set(at.source.table, keys);
  }
  const found = await Promise.all(
    [...keysByTable].map(async ([table, keys]) => {
      const source = sourceOf(table);
      const records: unknown[] = await db.table(table).bulkGet(keys);
      return records.flatMap((record) =>
        record === undefined ? [] : [source.toDoc(record as never)],
      );
    }),
  );
  return found.flat();
}
