import { db } from '../records/db';
import { keysBySource } from './sources';
import type { SearchDoc } from './types';

/** The current records behind search ids, as documents; ids of deleted records are left out. */
export async function currentDocs(ids: readonly string[]): Promise<SearchDoc[]> {
  const found = await Promise.all(
    [...keysBySource(ids)].map(async ([source, keys]) => {
      const records: unknown[] = await db.table(source.table).bulkGet(keys);
      return records.flatMap((record) =>
        record === undefined ? [] : [source.toDoc(record as never)],
      );
    }),
  );
  return found.flat();
}
