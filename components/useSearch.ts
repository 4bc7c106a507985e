import snapshotUrl from 'virtual:devrecall-docs-snapshot';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useState,
  useSyncExternalStore,
} from 'react';
import indexUrl from '../data/docs-index/docs-index.json?url';
import { ask } from '../data/messaging/ask';
import { useJournalHead, useStoredStacks } from '../data/records/live';
import { mergeHits, mergeRanked } from '../data/search/combined';
import { SearchClient, type SearchPort } from '../data/search/search-client';
import SearchWorker from '../data/search/search-worker?worker';
import { SectionSearch } from '../data/search/section-search';
import type { SearchHit } from '../data/search/types';
import type { SearchAnswer, SearchReply } from '../data/search/worker-protocol';

export interface Search {
  /** The query the hits are for: the newest one the search worker has answered, else as typed. */
  shown: string;
  hits: SearchHit[];
  /**
   * Whether `hits` are the search worker's settled answer for `shown`, the user's own included;
   * until its first answer they are the stacks' sections alone.
   */
  answered: boolean;
  /** Whether the docs index is loaded; until then (or if it cannot be read) it adds nothing. */
  docsReady: boolean;
  /** `query`'s hits, worked out now: for a query whose answer is not in yet. */
  searchNow: (query: string) => Promise<SearchHit[]>;
}

const noChange = () => () => undefined;

/** The sections' hits, then the worker's: the user's own first at equal strength, docs last. */
function combine(answer: SearchAnswer | undefined, sections: SearchHit[], limit: number) {
  const hits = mergeRanked(answer?.own ?? [], sections, limit);
  return answer?.docs.length ? mergeHits(hits, answer.docs, limit) : hits;
}

/** In a page without workers (the unit tests' jsdom): the worker's host on the page itself. */
async function pagePort(): Promise<SearchPort> {
  const { searchHost } = await import('../data/search/search-host');
  const port: SearchPort = {
    onmessage: null,
    postMessage: (request) => queueMicrotask(() => host(request)),
  };
  const host = searchHost((reply) =>
    queueMicrotask(() => port.onmessage?.({ data: reply } as MessageEvent<SearchReply>)),
  );
  return port;
}

/**
 * Search as the user types: the stacks' sections on the page, answering each key at once, and the
 * user's records (and, with `docs`, the docs index) from a search worker started at the page's
 * first frame, asked for `query` each time it changes. Writes from any page reach the worker
 * through the write journal.
 */
export function useSearch(
  query: string,
  { limit, docs }: { limit: number; docs: boolean },
): Search {
  const [client, setClient] = useState<SearchClient>();
  useEffect(() => {
    const options = {
      limit,
      docs: docs ? { index: indexUrl, snapshot: snapshotUrl } : undefined,
      requestRefresh: () => void ask({ type: 'search:refresh' }),
    };
    if (typeof Worker !== 'undefined') {
      let worker: Worker | undefined;
      // Started once the first frame is on its way, which creating it would hold up.
      const frame = requestAnimationFrame(() => {
        const started = new SearchWorker();
        const search = new SearchClient(started, options);
        started.addEventListener('error', (event) => {
          console.warn('The search worker failed to start.', event.message);
          search.workerFailed();
        });
        worker = started;
        setClient(search);
      });
      return () => {
        cancelAnimationFrame(frame);
        worker?.terminate();
      };
    }
    let port: SearchPort | undefined;
    let stopped = false;
    void pagePort().then((opened) => {
      port = opened;
      if (!stopped) setClient(new SearchClient(opened, { ...options, docs: undefined }));
    });
    return () => {
      stopped = true;
      port?.postMessage({ type: 'stop' });
    };
  }, [limit, docs]);
  useSyncExternalStore(client?.subscribe ?? noChange, () => client?.version ?? 0);
  // Asked before the key's frame is painted, so the worker searches while the page paints.
  useLayoutEffect(() => client?.ask(query), [client, query]);
  const head = useJournalHead();
  useEffect(() => {
    if (head !== undefined) client?.catchUp();
  }, [client, head]);

  const [sections] = useState(() => new SectionSearch());
  const stacks = useStoredStacks();
  const answer = client?.answer;
  // A cleared box browses at once: there is nothing to wait for.
  const shown = query.trim() === '' ? query : (answer?.query ?? query);
  const sectionHits = useMemo(() => {
    // Idempotent: re-indexes only stacks whose record changed since the last call.
    if (stacks) sections.syncStacks(stacks);
    return sections.search(shown, { limit });
  }, [sections, stacks, shown, limit]);
  const current = answer?.query === shown ? answer : undefined;
  const hits = useMemo(() => combine(current, sectionHits, limit), [current, sectionHits, limit]);
  const searchNow = useCallback(
    async (now: string) => {
      if (stacks) sections.syncStacks(stacks);
      const nowSections = sections.search(now, { limit });
      return combine(client && (await client.searchNow(now)), nowSections, limit);
    },
    [client, sections, stacks, limit],
  );
  return {
    shown,
    hits,
    answered: current !== undefined,
    docsReady: client?.docsStatus === 'ready',
    searchNow,
  };
}
