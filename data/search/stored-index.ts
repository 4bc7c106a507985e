import Dexie from 'dexie';
import { db } from '../records/db';
import { WHOLE_TABLE, type JournalEntry } from '../records/search-journal';
import { ENGINE_VERSION, SearchEngine, type EngineSnapshot } from './engine';
import { decodeSnapshot, encodeSnapshot } from './snapshot-file';
import { SEARCH_MARKS } from './marks';
import { urgentReadsDone } from './read-priority';
import { SEARCH_SOURCES, sourceOf } from './sources';
import { LISTS_FORMAT, LISTS_META } from './list-answer';
import { listsReflect, termLists } from './term-lists';

/**
 * The user's records are indexed once and the index is stored, so opening the popup reads it
 * instead of re-indexing the library. Writes do not touch the stored index: they journal their keys
 * (data/records/search-journal.ts) in their own transaction, pages replay the few entries the index
 * has not taken in yet, and the background folds them into a new stored index. A stored index that
 * is missing, of another version or corrupt is never used: pages index the tables directly while the
 * background rebuilds it. One whose item count differs from the tables' (a record written behind
 * the journal) is replaced likewise once counted, by the popup once its index serves. Term lists
 * (./term-lists.ts), written after it, answer the first queries while it is read.
 */

/** Layout of the stored records; bumped with any change to them. The engine's version is checked too. */
export const INDEX_FORMAT = 4;
export const INDEX_KEY = 'user';
/**
 * The encoded index is stored in pieces of this many bytes, read one after another: one record of
 * tens of megabytes would hold up every other read of the database (the term lists' first answers
 * among them) until it is all read.
 */
export const PIECE_BYTES = 1 << 18;
export const pieceKey = (i: number) => `${INDEX_KEY}:${i}`;
/** Past this many writes since the stored index, indexing the tables is as quick as replaying them. */
export const MAX_REPLAY = 2_000;
/** Journal entries already in the stored index stay this long for open pages that follow the journal. */
const JOURNAL_GRACE_MS = 10 * 60_000;
/** Records read per step while indexing the tables directly. */
const BUILD_CHUNK = 500;

/** What the stored index is; the index itself, encoded (./snapshot-file.ts), is in its pieces. */
export interface StoredSearchIndex {
  key: string;
  format: number;
  /** The last journal entry taken in. */
  seq: number;
  /** How many records it holds, to notice one missing. */
  count: number;
  /** Of the encoded index's bytes. */
  checksum: number;
  bytes: number;
  pieces: number;
  builtAt: number;
}

/** Bytes `PIECE_BYTES * n` on of the encoded index, under `pieceKey(n)`. */
export interface StoredIndexPiece {
  key: string;
  piece: Uint8Array;
}

const FNV_PRIME = 0x01000193;

function hashWords(hash: number, view: ArrayBufferView): number {
  const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  const aligned = bytes.byteOffset % 4 === 0;
  const whole = aligned ? bytes.byteLength >>> 2 : 0;
  const words = aligned
    ? new Uint32Array(bytes.buffer, bytes.byteOffset, whole)
    : new Uint32Array(0);
  for (let i = 0; i < words.length; i++) hash = Math.imul(hash ^ (words[i] as number), FNV_PRIME);
  for (let i = whole * 4; i < bytes.length; i++) {
    hash = Math.imul(hash ^ (bytes[i] as number), FNV_PRIME);
  }
  return Math.imul(hash ^ view.byteLength, FNV_PRIME);
}

/** FNV-1a over the encoded index, a word at a time: catches truncated or altered bytes. */
export const indexChecksum = (bytes: Uint8Array): number => hashWords(0x811c9dc5, bytes) >>> 0;

/** The encoded index as records: its description under `INDEX_KEY` and its pieces. */
export function indexRecords(
  snapshot: EngineSnapshot,
  about: { seq: number; count: number },
): [StoredSearchIndex, ...StoredIndexPiece[]] {
  const bytes = encodeSnapshot(snapshot);
  const pieces: StoredIndexPiece[] = [];
  for (let at = 0; at < bytes.length; at += PIECE_BYTES) {
    pieces.push({ key: pieceKey(pieces.length), piece: bytes.slice(at, at + PIECE_BYTES) });
  }
  return [
    {
      key: INDEX_KEY,
      format: INDEX_FORMAT,
      ...about,
      checksum: indexChecksum(bytes),
      bytes: bytes.length,
      pieces: pieces.length,
      builtAt: Date.now(),
    },
    ...pieces,
  ];
}

/**
 * The stored index's pieces, read one after another and put together; undefined when one is
 * missing or of the wrong size, or the whole fails its checksum.
 */
async function readPieces(stored: StoredSearchIndex): Promise<EngineSnapshot | undefined> {
  if (
    !Number.isSafeInteger(stored.bytes) ||
    stored.pieces !== Math.ceil(stored.bytes / PIECE_BYTES)
  ) {
    return undefined;
  }
  const bytes = new Uint8Array(stored.bytes);
  for (let i = 0; i < stored.pieces; i++) {
    // Kept open meanwhile by Dexie's small keep-alive reads, which queue behind nothing large.
    const urgent = urgentReadsDone();
    if (urgent) await Dexie.waitFor(urgent);
    const record = (await db.searchIndex.get(pieceKey(i))) as StoredIndexPiece | undefined;
    const expected = Math.min(PIECE_BYTES, stored.bytes - i * PIECE_BYTES);
    if (!(record?.piece instanceof Uint8Array) || record.piece.length !== expected)
      return undefined;
    bytes.set(record.piece, i * PIECE_BYTES);
  }
  if (indexChecksum(bytes) !== stored.checksum) return undefined;
  try {
    return decodeSnapshot(bytes.buffer);
  } catch {
    return undefined;
  }
}

/** Brings an index up to date with journal entries, in order; each record is read as it is now. */
export async function applyJournal(
  engine: SearchEngine,
  entries: readonly JournalEntry[],
): Promise<string[]> {
  const current = new Map<string, Map<string, unknown>>();
  for (const source of SEARCH_SOURCES) {
    const keys = [
      ...new Set(
        entries.filter((e) => e.table === source.table && e.key !== WHOLE_TABLE).map((e) => e.key),
      ),
    ];
    const records = keys.length ? await db.table(source.table).bulkGet(keys) : [];
    current.set(source.table, new Map(keys.map((key, i) => [key, records[i]])));
  }
  const changed: string[] = [];
  for (const entry of entries) {
    const source = sourceOf(entry.table);
    if (entry.key === WHOLE_TABLE) {
      const prefix = source.searchId('');
      for (const id of engine.ids()) if (id.startsWith(prefix)) engine.remove(id);
      continue;
    }
    const record = current.get(entry.table)?.get(entry.key);
    const id = source.searchId(entry.key);
    if (record === undefined) engine.remove(id);
    else engine.add(source.toDoc(record as never));
    changed.push(id);
  }
  return changed;
}

export const journalAfter = (seq: number) => db.searchJournal.where('seq').above(seq).toArray();

export interface LoadedIndex {
  engine: SearchEngine;
  /** The last journal entry it reflects. */
  seq: number;
  /** Journal entries replayed on top of the stored index. */
  replayed: number;
}

const searchTables = () => [
  db.searchIndex,
  db.searchJournal,
  ...SEARCH_SOURCES.map((s) => db.table(s.table)),
];

/**
 * The stored index with the writes since replayed, or undefined when there is none usable: missing,
 * of another version, failing its checksum, not holding what it says, or (when `counted`)
 * disagreeing with the tables' record counts afterwards. The popup leaves the counts until its
 * index serves: counting scans every record, and at 20,000 notes holds up every other read, a
 * query's lookup included, for 0.3–0.5 s.
 */
export async function loadUserIndex(
  maxReplay = MAX_REPLAY,
  { counted = true } = {},
): Promise<LoadedIndex | undefined> {
  return db.transaction('r', searchTables(), async () => {
    // Asked for at once: the database counts and reads the journal while the index is restored.
    const counting = counted ? tablesTotal() : undefined;
    // Not awaited when the stored index is refused early; its failure then changes nothing.
    counting?.catch(() => undefined);
    const stored = (await db.searchIndex.get(INDEX_KEY)) as StoredSearchIndex | undefined;
    if (stored?.format !== INDEX_FORMAT) return undefined;
    const entries = await journalAfter(stored.seq);
    if (entries.length > maxReplay) return undefined;
    const snapshot = await readPieces(stored);
    performance.mark(SEARCH_MARKS.read);
    if (snapshot?.version !== ENGINE_VERSION) return undefined;
    let engine: SearchEngine;
    try {
      engine = SearchEngine.fromSnapshot(snapshot);
    } catch {
      return undefined;
    }
    performance.mark(SEARCH_MARKS.restored);
    if (engine.size !== stored.count) return undefined;
    await applyJournal(engine, entries);
    if (counting && engine.size !== (await counting)) return undefined;
    return { engine, seq: entries.at(-1)?.seq ?? stored.seq, replayed: entries.length };
  });
}

/** How many searchable records the tables hold; a scan of every record. */
export async function tablesTotal(): Promise<number> {
  const counts = await Promise.all(SEARCH_SOURCES.map((s) => db.table(s.table).count()));
  return counts.reduce((a, b) => a + b, 0);
}

const lastJournalSeq = async () =>
  ((await db.searchJournal.orderBy('seq').lastKey()) ?? 0) as number;

/**
 * Indexes every searchable record into `engine`, a chunk at a time with `pause` between chunks,
 * and returns the journal position it reflects: entries after it may or may not be in, and
 * replaying them (which reads records as they are then) brings it up to date.
 */
export async function indexTables(
  engine: SearchEngine,
  pause: () => Promise<void> = async () => {},
): Promise<number> {
  const seq = await lastJournalSeq();
  for (const source of SEARCH_SOURCES) {
    const table = db.table(source.table);
    const keyPath = table.schema.primKey.keyPath as string;
    let after: string | undefined;
    for (;;) {
      const page = await (
        after === undefined ? table.orderBy(keyPath) : table.where(keyPath).above(after)
      )
        .limit(BUILD_CHUNK)
        .toArray();
      for (const record of page) engine.add(source.toDoc(record as never));
      if (page.length < BUILD_CHUNK) break;
      after = (page.at(-1) as Record<string, string>)[keyPath];
      await pause();
    }
  }
  return seq;
}

let refreshing: Promise<void> | undefined;
/** A refresh asked for while one runs: it runs once that one is done, for all who asked meanwhile. */
let next: Promise<void> | undefined;

/**
 * Stores an up-to-date index: the stored one with the journal folded in when it is usable,
 * otherwise one built from the tables. One at a time; a newer stored index is never replaced by
 * an older one. Asked for while one runs, it runs again after it: the running one may have read
 * the index or the tables before whatever prompted the request.
 */
export function refreshStoredIndex(): Promise<void> {
  if (refreshing) {
    next ??= refreshing
      .catch(() => undefined)
      .then(() => {
        next = undefined;
        return refreshStoredIndex();
      });
    return next;
  }
  refreshing = rebuild().finally(() => {
    refreshing = undefined;
  });
  return refreshing;
}

async function rebuild(): Promise<void> {
  const loaded = await loadUserIndex(Infinity);
  if (loaded?.replayed === 0 && (await listsReflect(loaded.seq))) return;
  let engine = loaded?.engine;
  let seq = loaded?.seq ?? 0;
  if (!engine) {
    engine = new SearchEngine();
    seq = await indexTables(engine);
  }
  const entries = await journalAfter(seq);
  await applyJournal(engine, entries);
  seq = entries.at(-1)?.seq ?? seq;

  const snapshot = engine.toSnapshot();
  const records = indexRecords(snapshot, { seq, count: engine.size });
  const stored = await db.transaction('rw', db.searchIndex, db.searchJournal, async () => {
    const current = (await db.searchIndex.get(INDEX_KEY)) as StoredSearchIndex | undefined;
    if (current?.format === INDEX_FORMAT && current.seq > seq) return false;
    await db.searchIndex.clear();
    await db.searchIndex.bulkPut(records);
    const before = Date.now() - JOURNAL_GRACE_MS;
    await db.searchJournal
      .where('seq')
      .belowOrEqual(seq)
      .filter((e) => e.at < before)
      .delete();
    return true;
  });
  if (!stored) return;
  // A transaction of their own, which does not hold the journal: saves wait for none of it.
  const lists = termLists(snapshot, seq);
  await db.transaction('rw', db.searchLists, async () => {
    const meta = await db.searchLists.get(LISTS_META);
    if (meta?.format === LISTS_FORMAT && (meta.seq ?? 0) > seq) return;
    await db.searchLists.clear();
    await db.searchLists.bulkPut(lists);
  });
}

let followed: Promise<(LoadedIndex & { loadedAt: number }) | undefined> | undefined;

/**
 * The user's records' index for lookups in the background: the stored one, read once while the
 * worker lives and brought up to date from the journal at each use. Undefined while there is no
 * usable stored index (a rebuild is then under way), so callers fall back to reading the tables.
 */
export function followedUserIndex(): Promise<SearchEngine | undefined> {
  followed = (followed ?? Promise.resolve(undefined))
    .then(async (current) => {
      // Journal entries are pruned once older than the grace period: an index followed for
      // longer may have missed some, so it is read again.
      if (current && Date.now() - current.loadedAt < JOURNAL_GRACE_MS) {
        const caughtUp = await db.transaction('r', searchTables(), async () => {
          const entries = await journalAfter(current.seq);
          if (entries.length > MAX_REPLAY) return false;
          await applyJournal(current.engine, entries);
          current.seq = entries.at(-1)?.seq ?? current.seq;
          return true;
        });
        if (caughtUp) return current;
      }
      const loadedAt = Date.now();
      const loaded = await loadUserIndex();
      if (!loaded) void refreshStoredIndex();
      return loaded && { ...loaded, loadedAt };
    })
    .catch(() => undefined);
  return followed.then((index) => index?.engine);
}
