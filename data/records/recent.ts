import { useLiveQuery } from 'dexie-react-hooks';
import type { DocKind, SearchDoc } from '../search/types';
import { db } from './db';

/** Something the user opened, as the empty popup lists it: enough to show and open it offline. */
export interface RecentItem {
  /** The search id (`note:…`, `snippet:…`, a section id or `docs:…`). */
  id: string;
  kind: DocKind;
  title: string;
  context: string;
  /** Docs entries: the page address with its anchor, at the pinned version. */
  url?: string;
}

/** Kept in the settings table: no schema change, and backups and "Delete all data" include it. */
const KEY = 'recentlyOpened';
export const RECENT_LIMIT = 6;
const KINDS: readonly string[] = ['section', 'note', 'snippet', 'docs'] satisfies DocKind[];

const isRecentItem = (value: unknown): value is RecentItem => {
  if (typeof value !== 'object' || value === null) return false;
  const item = value as Record<string, unknown>;
  return (
    typeof item.id === 'string' &&
    typeof item.kind === 'string' &&
    KINDS.includes(item.kind) &&
    typeof item.title === 'string' &&
    typeof item.context === 'string' &&
    (item.url === undefined || typeof item.url === 'string')
  );
};

/** The list with `item` first, without an earlier entry for it, at most `limit` long. */
export function withRecent(
  list: readonly RecentItem[],
  item: RecentItem,
  limit = RECENT_LIMIT,
): RecentItem[] {
  return [item, ...list.filter((r) => r.id !== item.id)].slice(0, limit);
}

/** The stored list; entries not of the right shape (a hand-edited backup) are left out. */
export async function getRecent(): Promise<RecentItem[]> {
  const stored: unknown = (await db.settings.get(KEY))?.value;
  return Array.isArray(stored) ? stored.filter(isRecentItem).slice(0, RECENT_LIMIT) : [];
}

/** Remembers that the user opened this search result (or section). */
export async function rememberOpened(
  doc: Pick<SearchDoc, 'id' | 'kind' | 'title' | 'context' | 'url'>,
): Promise<void> {
  const item: RecentItem = { id: doc.id, kind: doc.kind, title: doc.title, context: doc.context };
  if (doc.url) item.url = doc.url;
  await db.transaction('rw', db.settings, async () => {
    const list = withRecent(await getRecent(), item);
    await db.settings.put({ key: KEY, value: list.map((r) => ({ ...r })) });
  });
}

/** Most recent first; undefined while loading. */
export const useRecent = () => useLiveQuery(getRecent);
