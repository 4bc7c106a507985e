import snapshotUrl from 'virtual:devrecall-docs-snapshot';
import { useCallback, useEffect, useLayoutEffect, useState, useSyncExternalStore } from 'react';
import { DocsSearchClient, type DocsAnswer } from '../data/docs-index/docs-search-client';
import indexUrl from '../data/docs-index/docs-index.json?url';
import DocsWorker from '../data/docs-index/docs-worker?worker';
import type { SearchHit } from '../data/search/types';

export interface DocsSearch {
  /** Whether the docs index is loaded; until then (or if it cannot be read) it adds nothing. */
  ready: boolean;
  /** The hits for the newest query the index has answered. */
  answer: DocsAnswer | undefined;
  /** `query`'s hits, asked now: for a query whose answer is not in yet. */
  searchNow: (query: string) => Promise<SearchHit[]>;
}

const noChange = () => () => undefined;

/**
 * The docs index, loaded and searched in a worker started at the page's first frame, asked for
 * `query` each time it changes.
 */
export function useDocsSearch(query: string, limit: number): DocsSearch {
  const [client, setClient] = useState<DocsSearchClient>();
  useEffect(() => {
    if (typeof Worker === 'undefined') return;
    let worker: Worker | undefined;
    const frame = requestAnimationFrame(() => {
      worker = new DocsWorker();
      setClient(new DocsSearchClient(worker, { index: indexUrl, snapshot: snapshotUrl }, limit));
    });
    return () => {
      cancelAnimationFrame(frame);
      worker?.terminate();
    };
  }, [limit]);
  useSyncExternalStore(client?.subscribe ?? noChange, () => client?.version ?? 0);
  const ready = client?.status === 'ready';
  // Asked before the key's frame is painted, so the worker searches while the page paints.
  useLayoutEffect(() => {
    if (ready) client?.ask(query);
  }, [client, ready, query]);
  const searchNow = useCallback(
    (now: string) => client?.searchNow(now) ?? Promise.resolve([]),
    [client],
  );
  return { ready, answer: client?.answer, searchNow };
}
