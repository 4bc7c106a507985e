import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';

/**
 * Tables whose records are searchable. Every write to them, from any page, the background or an
 * import, adds its keys to `searchJournal` in the same transaction, so the stored search index can
 * always tell what changed since it was built: a crash after the write still leaves a journal
 * entry, and the next open re-reads that record. A new searchable table is added here and given a
 * document builder in `data/search/sources.ts`.
 */
export const SEARCHABLE_TABLES: readonly string[] = ['notes', 'snippets'];

export const JOURNAL_TABLE = 'searchJournal';

/** One write to a searchable table; `key` is `*` when the whole table was cleared. */
export interface JournalEntry {
  seq?: number;
  table: string;
  key: string;
  at: number;
}

export const WHOLE_TABLE = '*';

function changedKeys(
  req: DBCoreMutateRequest,
  results: readonly unknown[] | undefined,
  extractKey: ((value: unknown) => unknown) | null,
): readonly unknown[] {
  switch (req.type) {
    case 'add':
    case 'put':
      return results ?? req.keys ?? req.values.map((v) => extractKey?.(v));
    case 'delete':
      return req.keys;
    case 'deleteRange':
      return [WHOLE_TABLE];
  }
}

/** Adds the journal store to every read-write transaction on a searchable table and journals its writes. */
export const searchJournal: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'searchJournal',
  create(down) {
    // Databases opened at an older schema (in upgrade tests) have no journal to write to.
    if (!down.schema.tables.some((t) => t.name === JOURNAL_TABLE)) return down;
    const searchable = new Set(SEARCHABLE_TABLES);
    return {
      ...down,
      transaction(stores, mode, options) {
        const journaled =
          mode === 'readwrite' &&
          stores.some((s) => searchable.has(s)) &&
          !stores.includes(JOURNAL_TABLE);
        return down.transaction(journaled ? [...stores, JOURNAL_TABLE] : stores, mode, options);
      },
      table(name): DBCoreTable {
        const table = down.table(name);
        if (!searchable.has(name)) return table;
        return {
          ...table,
          async mutate(req) {
            const response = await table.mutate(req);
            const at = Date.now();
            const values: JournalEntry[] = changedKeys(
              req,
              response.results,
              table.schema.primaryKey.extractKey,
            )
              .filter((key, i) => key !== undefined && !(i in response.failures))
              .map((key) => ({ table: name, key: String(key), at }));
            if (values.length) {
              await down.table(JOURNAL_TABLE).mutate({ type: 'add', trans: req.trans, values });
            }
            return response;
          },
        };
      },
    };
  },
};
