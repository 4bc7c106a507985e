import type { SearchHit } from '../search/types';
import type { DocsIndexFiles } from './load';
import type { DocsReply, DocsRequest } from './worker-protocol';

/** The page's end of the docs worker (a `Worker`, or a stand-in in tests). */
export interface DocsPort {
  postMessage: (request: DocsRequest) => void;
  onmessage: ((event: MessageEvent<DocsReply>) => void) | null;
}

/** The docs index's hits for one query. */
export interface DocsAnswer {
  query: string;
  hits: SearchHit[];
}

/**
 * Asks the docs worker for each query as it is typed and keeps the answer to the newest one asked;
 * answers to queries typed over meanwhile are dropped.
 */
export class DocsSearchClient {
  status: 'loading' | 'ready' | 'failed' = 'loading';
  answer: DocsAnswer | undefined;
  /** Moves on with every change of `status` or `answer`. */
  version = 0;
  private nextId = 0;
  private newest = 0;
  private waiting = new Map<number, (hits: SearchHit[]) => void>();
  private listeners = new Set<() => void>();

  constructor(
    private readonly port: DocsPort,
    files: DocsIndexFiles,
    private readonly limit: number,
  ) {
    port.onmessage = ({ data }) => this.receive(data);
    port.postMessage({ type: 'load', files });
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Asks for `query`'s hits, which become `answer` unless a newer query is asked first. */
  ask(query: string): void {
    if (this.status !== 'ready') return;
    this.newest = ++this.nextId;
    this.port.postMessage({ type: 'search', id: this.newest, query, limit: this.limit });
  }

  /** `query`'s hits, whatever is asked meanwhile; none while the index is not ready. */
  searchNow(query: string): Promise<SearchHit[]> {
    if (this.status !== 'ready') return Promise.resolve([]);
    const id = ++this.nextId;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.port.postMessage({ type: 'search', id, query, limit: this.limit });
    });
  }

  private receive(reply: DocsReply): void {
    if (reply.type === 'hits') {
      const waiter = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      waiter?.(reply.hits);
      if (reply.id !== this.newest) return;
      this.answer = { query: reply.query, hits: reply.hits };
    } else if (reply.type === 'ready') {
      this.status = 'ready';
      // On the page's own timeline, where the benchmarks read them.
      for (const { name, at } of reply.marks) {
        if (Number.isFinite(at)) performance.mark(name, { startTime: at - performance.timeOrigin });
      }
    } else {
      this.status = 'failed';
      console.warn(reply.message);
    }
    this.version++;
    for (const listener of this.listeners) listener();
  }
}
