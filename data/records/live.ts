import { useLiveQuery } from 'dexie-react-hooks';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useState,
  useSyncExternalStore,
} from 'react';
import { db } from './db';
import { dueCards, getCard, listReviews } from '../practice/cards';
import { practiceItem } from '../practice/practice-items';
import { getProgress, listProgress } from '../practice/progress';
import { listSavedStacks } from './saved-stacks';
import { buildCatalog, bundledCatalog, type StackCatalog } from '../stacks/catalog';
import { getStoredStack, listStoredStacks } from '../stacks/stored';
import { countNotes, getNote, listNotes, notesForSection, notesPage } from './notes';
import { getSettings } from './settings';
import { countSnippets, getSnippet, listSnippets, snippetsPage } from './snippets';
import { earlySearch, newLibrarySearch, takeEarlySearch } from './early-search';
import type { SearchHit } from '../search/types';
import type { Snippet, UserNote } from './model';

/**
 * React views of stored data. Live queries re-run when any extension page writes, so the popup,
 * the library tab and the sidebar's background answers stay in step without reloads.
 */
export const useNotes = () => useLiveQuery(listNotes);
export const useSnippets = () => useLiveQuery(listSnippets);
export const useSavedStacks = () => useLiveQuery(listSavedStacks);

/** One page of a long list and how long the whole list is. */
export interface ListPage<T> {
  items: T[];
  total: number;
}

/** Notes `offset` to `offset + limit` and the total, re-read on any change to notes. */
export const useNotesPage = (offset: number, limit: number) =>
  useLiveQuery(
    async (): Promise<ListPage<UserNote>> => ({
      items: await notesPage(offset, limit),
      total: await countNotes(),
    }),
    [offset, limit],
  );
export const useSnippetsPage = (offset: number, limit: number) =>
  useLiveQuery(
    async (): Promise<ListPage<Snippet>> => ({
      items: await snippetsPage(offset, limit),
      total: await countSnippets(),
    }),
    [offset, limit],
  );
export const useStoredStacks = () => useLiveQuery(listStoredStacks);
export const useStoredStack = (id: string) =>
  useLiveQuery(() => getStoredStack(id).then((s) => s ?? null), [id]);

/** Every stack, bundled, written and installed; the bundled ones alone until storage answers. */
export function useCatalog(): StackCatalog {
  const stored = useStoredStacks();
  return useMemo(() => (stored ? buildCatalog(stored) : bundledCatalog), [stored]);
}
export const useSectionNotes = (sectionId: string) =>
  useLiveQuery(() => notesForSection(sectionId), [sectionId]);

export interface SearchState {
  hits: SearchHit[];
  /** False until the user's own notes and snippets are all searchable (bundled ones always are). */
  complete: boolean;
  /** Searches for another query at once. */
  searchNow: (query: string) => SearchHit[];
}

/**
 * Searches bundled sections at once and the user's records from the stored index as soon as it
 * is read; writes from any page reach the results through the write journal. `upcoming`, a query
 * typed whose hits are to be shown soon, is ranked ahead.
 */
export function useLibrarySearch(query: string, upcoming?: string): SearchState {
  const [search] = useState(() => earlySearch() ?? newLibrarySearch());
  useEffect(() => takeEarlySearch(search), [search]);
  const revision = useSyncExternalStore(search.subscribe, () => search.revision);
  const fullRevision = useSyncExternalStore(search.subscribe, () => search.fullRevision);
  const stacks = useStoredStacks();
  useEffect(() => {
    search.start().catch(() => {
      // Stopped while indexing: the page is going away.
    });
    return () => search.stop();
  }, [search]);
  const latest = useLiveQuery(() => db.searchJournal.orderBy('seq').lastKey());
  useEffect(() => {
    if (latest !== undefined) void search.catchUp();
  }, [search, latest]);

  const syncStacks = useCallback(() => {
    // Idempotent: re-indexes only stacks whose record changed since the last call.
    if (stacks) search.syncStacks(stacks);
  }, [search, stacks]);
  const ranked = useMemo(() => {
    void revision;
    syncStacks();
    return search.rank(query);
  }, [search, query, revision, syncStacks]);
  const hits = useMemo(() => {
    void fullRevision;
    return search.withFull(ranked);
  }, [search, ranked, fullRevision]);
  // After a key the browser runs no other task until it has painted that key: the docs index's
  // answer arrives only then. `upcoming` is ranked now, before that paint, so the hits follow the
  // answer at once.
  useLayoutEffect(() => {
    if (upcoming === undefined || upcoming === query) return;
    syncStacks();
    search.rank(upcoming);
  }, [search, query, upcoming, syncStacks]);
  // For a query the hits are not yet shown for, such as Enter pressed before they render.
  const searchNow = useCallback(
    (now: string) => {
      syncStacks();
      return search.search(now);
    },
    [search, syncStacks],
  );
  return { hits, complete: search.status === 'ready', searchNow };
}

/**
 * One record by id: undefined while it loads, null when there is none. A live query keeps its
 * previous answer while the next one loads, so an answer for another id counts as loading.
 */
function useRecord<T>(
  id: string,
  get: (id: string) => Promise<T | undefined>,
): T | null | undefined {
  const answer = useLiveQuery(async () => ({ id, record: (await get(id)) ?? null }), [id]);
  return answer?.id === id ? answer.record : undefined;
}
export const useNote = (id: string) => useRecord(id, getNote);
export const useSnippet = (id: string) => useRecord(id, getSnippet);

export const useSettings = () => useLiveQuery(getSettings);

export const useCard = (id: string) => useLiveQuery(() => getCard(id).then((c) => c ?? null), [id]);
export const useCards = () => useLiveQuery(() => db.cards.toArray());
export const useReviews = () => useLiveQuery(listReviews);
export const useProgress = () => useLiveQuery(listProgress);
export const useSectionProgress = (sectionId: string) =>
  useLiveQuery(() => getProgress(sectionId).then((p) => p ?? null), [sectionId]);

/** Cards due now; re-read on every change and once a minute, as cards fall due with time. */
export function useDueCards() {
  const [minute, setMinute] = useState(() => Math.floor(Date.now() / 60_000));
  useEffect(() => {
    const timer = setInterval(() => setMinute(Math.floor(Date.now() / 60_000)), 30_000);
    return () => clearInterval(timer);
  }, []);
  return useLiveQuery(() => dueCards(Date.now()), [minute]);
}

export const usePracticeItem = (id: string) =>
  useLiveQuery(() => practiceItem(id).then((item) => item ?? null), [id]);
