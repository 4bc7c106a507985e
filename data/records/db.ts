import { Dexie, type EntityTable, type Table } from 'dexie';
import { DB_NAME } from './db-name';
import type {
  NoteDraft,
  ReviewEntry,
  SavedStack,
  SectionProgress,
  Setting,
  StoredStack,
  Snippet,
  StoredCard,
  UserNote,
} from './model';
import { withLegacyIds, type LegacyReviewEntry } from './review-ids';
import { searchJournal, type JournalEntry } from './search-journal';
import type { StoredIndexPiece, StoredSearchIndex } from '../search/stored-index';
import type { TermList } from '../search/list-answer';

export type DevRecallDb = Dexie & {
  savedStacks: EntityTable<SavedStack, 'stackId'>;
  notes: EntityTable<UserNote, 'id'>;
  snippets: EntityTable<Snippet, 'id'>;
  cards: EntityTable<StoredCard, 'id'>;
  reviewLog: EntityTable<ReviewEntry, 'id'>;
  settings: EntityTable<Setting, 'key'>;
  progress: EntityTable<SectionProgress, 'sectionId'>;
  stacks: EntityTable<StoredStack, 'id'>;
  drafts: EntityTable<NoteDraft, 'key'>;
  searchIndex: EntityTable<StoredSearchIndex | StoredIndexPiece, 'key'>;
  searchJournal: EntityTable<JournalEntry, 'seq'>;
  searchLists: EntityTable<TermList, 'term'>;
  importStaging: Table<StagedBatch, [number, number]>;
};

/**
 * Checked records of one section of a backup being imported, as JSON: one string is stored and
 * read back far faster than as many objects. `run` tells concurrent imports apart.
 */
export interface StagedBatch {
  run: number;
  seq: number;
  section: string;
  records: string;
}

/**
 * Every schema the database has had, oldest first. A change is a new entry with an upgrade
 * function, and `db.test.ts` opens a database of each earlier version and checks its records survive.
 */
export const SCHEMA_VERSIONS: readonly {
  version: number;
  /** `null` deletes a table. */
  stores: Record<string, string | null>;
  upgrade?: (tx: import('dexie').Transaction) => Promise<void>;
}[] = [
  {
    version: 1,
    stores: {
      savedStacks: 'stackId, savedAt',
      notes: 'id, updatedAt, *tags, stackId, sectionId, pageKey',
      snippets: 'id, updatedAt, *tags, pageKey',
      cards: 'id, due',
      reviews: '++id, cardId, reviewedAt',
      settings: 'key',
    },
  },
  {
    // Reading progress per bundled section: when it was first read, and whether it is learned.
    version: 2,
    stores: { progress: 'sectionId, readAt, learnedAt' },
  },
  {
    // The stored search index of the user's records, and the journal of writes it has yet to
    // take in (see data/records/search-journal.ts). Derived data: not in backups.
    version: 3,
    stores: { searchIndex: 'key', searchJournal: '++seq' },
  },
  {
    // Stacks the user wrote or installed, each stored as its pack.
    version: 4,
    stores: { stacks: 'id, source, updatedAt' },
  },
  {
    // Review entries had auto-increment ids, which repeat across browsers, so merging another
    // browser's backup replaced this one's history. A key cannot change in place: the log moves to
    // a table keyed by ids that cannot collide.
    version: 5,
    stores: { reviews: null, reviewLog: 'id, cardId, reviewedAt' },
    upgrade: async (tx) => {
      const old = await tx.table<LegacyReviewEntry>('reviews').toArray();
      await tx.table('reviewLog').bulkAdd(withLegacyIds(old));
    },
  },
  {
    // Unsaved note editor contents, so leaving the editor or closing the tab loses nothing.
    version: 6,
    stores: { drafts: 'key, updatedAt' },
  },
  {
    // A backup being imported is checked and written here batch by batch, then moved into the
    // tables in one transaction, so a large file never needs to be held whole.
    version: 9,
    stores: { importStaging: '[run+seq], run' },
  },
  {
    // Beside the stored search index, each term's best documents, so a page's first answers need
    // not wait for the whole index to be read (data/search/term-lists.ts). Derived data.
    version: 10,
    stores: { searchLists: 'term' },
  },
];

export const TABLES = [
  'savedStacks',
  'notes',
  'snippets',
  'cards',
  'reviewLog',
  'settings',
  'progress',
  'stacks',
] as const;
export type TableName = (typeof TABLES)[number];

/** Tables that are working state rather than saved data: emptied with everything, never backed up. */
export const TRANSIENT_TABLES = ['drafts', 'importStaging'] as const;
export type TransientTableName = (typeof TRANSIENT_TABLES)[number];

/**
 * The versions up to `upTo` that Dexie is told of, each with the whole schema at that version: the
 * last, and those with an upgrade function. Dexie works out what to change from the database as it
 * is, so the versions between need not be declared. At each declared version Dexie derives every
 * table again: eight versions took 13 ms, one took 1 ms (cold, in Node), on every page's start.
 */
function declaredVersions(upTo = Infinity): typeof SCHEMA_VERSIONS {
  const history = SCHEMA_VERSIONS.filter(({ version }) => version <= upTo);
  const schema: Record<string, string | null> = {};
  return history.flatMap(({ version, stores, upgrade }, i) => {
    Object.assign(schema, stores);
    const last = i === history.length - 1;
    return upgrade || last ? [{ version, stores: { ...schema }, upgrade }] : [];
  });
}

/** Opens the database with the schemas up to `upTo` (all of them unless a test says otherwise). */
export function openDb(name = DB_NAME, upTo = Infinity): DevRecallDb {
  const db = new Dexie(name) as DevRecallDb;
  for (const { version, stores, upgrade } of declaredVersions(upTo)) {
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
  db.use(searchJournal);
  return db;
}

export const db = openDb();
