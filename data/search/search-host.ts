import { loadDocsEngine } from '../docs-index/load';
import { DOCS_INDEX_MARKS } from '../docs-index/marks';
import type { SearchEngine } from './engine';
import { LiveSearch } from './live-search';
import { SEARCH_MARKS } from './marks';
import type { SearchHit } from './types';
import type { SearchReply, SearchRequest } from './worker-protocol';

/** Where each named mark is, as ms since the epoch, for the page's own timeline. */
const marksOf = (names: Record<string, string>) =>
  Object.values(names).flatMap((name) => {
    const mark = performance.getEntriesByName(name)[0];
    return mark ? [{ name, at: performance.timeOrigin + mark.startTime }] : [];
  });

interface Newest {
  id: number;
  query: string;
  limit: number;
  /** The user's hits as ranked at `revision`, and the docs index's. */
  own: SearchHit[];
  revision: number;
  docs: SearchHit[] | undefined;
}

/**
 * The search worker's side of the page's search (./worker-protocol.ts): the user's records and the
 * docs index, loaded and searched off the page's main thread, which keeps each key's echo and the
 * stacks' sections. Free of worker APIs, so it also runs in a page that has no workers.
 */
export function searchHost(post: (reply: SearchReply) => void): (request: SearchRequest) => void {
  let docs: SearchEngine | undefined;
  let user: LiveSearch | undefined;
  let newest: Newest | undefined;
  /** Queries asked `now`, waiting for their hits to settle (`LiveSearch.settled`). */
  let waiting: Newest[] = [];

  const ownHits = (query: string, limit: number) => user?.rank(query, { limit }) ?? [];
  const docsHits = (query: string, limit: number) => docs?.search(query, { limit }) ?? [];
  const answer = (at: Newest) =>
    post({
      type: 'answer',
      id: at.id,
      query: at.query,
      own: user?.withFull(at.own) ?? at.own,
      docs: (at.docs ??= docs ? docsHits(at.query, at.limit) : undefined) ?? [],
    });

  const settled = (at: Newest) => user?.settled(at.query) ?? true;
  /** Ranked again only if the user's index changed since; otherwise full records may have come. */
  const refreshed = (at: Newest) => {
    if (user && at.revision !== user.revision) {
      at.own = ownHits(at.query, at.limit);
      at.revision = user.revision;
    }
    return at;
  };

  const userChanged = () => {
    post({ type: 'marks', marks: marksOf(SEARCH_MARKS) });
    if (user) post({ type: 'user', status: user.status });
    const due = waiting.filter(settled);
    waiting = waiting.filter((at) => !settled(at));
    for (const at of due) answer(refreshed(at));
    if (newest && settled(newest)) answer(refreshed(newest));
  };

  return (request) => {
    switch (request.type) {
      case 'load-docs':
        loadDocsEngine(request.files).then(
          (engine) => {
            docs = engine;
            post({ type: 'marks', marks: marksOf(DOCS_INDEX_MARKS) });
            post({ type: 'docs', status: 'ready' });
            if (newest && settled(newest)) answer(newest);
          },
          (error: unknown) => post({ type: 'docs', status: 'failed', message: String(error) }),
        );
        break;
      case 'start-user':
        if (user) break;
        user = new LiveSearch(() => post({ type: 'refresh' }));
        user.subscribe(userChanged);
        user.start().catch(() => {
          // Stopped while indexing: the page is going away.
        });
        break;
      case 'catch-up':
        void user?.catchUp();
        break;
      case 'stop':
        user?.stop();
        break;
      case 'search': {
        const { id, query, limit } = request;
        const at: Newest = {
          id,
          query,
          limit,
          own: ownHits(query, limit),
          revision: user?.revision ?? 0,
          docs: undefined,
        };
        if (!request.now) newest = at;
        if (settled(at)) answer(at);
        else if (request.now) waiting.push(at);
        break;
      }
    }
  };
}
