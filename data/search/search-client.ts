import type { DocsIndexFiles } from '../docs-index/load';
import type { SearchStatus } from './live-search';
import type { SearchAnswer, SearchReply, SearchRequest } from './worker-protocol';

/** The page's end of its search worker (a `Worker`, or a stand-in). */
export interface SearchPort {
  postMessage: (request: SearchRequest) => void;
  onmessage: ((event: MessageEvent<SearchReply>) => void) | null;
}

export interface SearchClientOptions {
  /** The docs index's files, to search it too; left out, answers hold no docs entries. */
  docs?: DocsIndexFiles;
  limit: number;
  /** Asks the background to rebuild the stored index, when the worker finds it stale. */
  requestRefresh: () => void;
}

/**
 * Asks the search worker for each query as it is typed and keeps the answer to the newest one
 * asked: answers to queries typed over meanwhile are dropped, and the newest is answered again
 * whenever its hits change.
 */
export class SearchClient {
  docsStatus: 'off' | 'loading' | 'ready' | 'failed';
  userStatus: SearchStatus = 'loading';
  answer: SearchAnswer | undefined;
  /** Moves on with every change of a status or of `answer`. */
  version = 0;
  private nextId = 0;
  private newest = 0;
  private waiting = new Map<number, (answer: SearchAnswer) => void>();
  private listeners = new Set<() => void>();
  private failed = false;

  constructor(
    private readonly port: SearchPort,
    private readonly options: SearchClientOptions,
  ) {
    port.onmessage = ({ data }) => this.receive(data);
    this.docsStatus = options.docs ? 'loading' : 'off';
    if (options.docs) port.postMessage({ type: 'load-docs', files: options.docs });
    port.postMessage({ type: 'start-user' });
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Asks for `query`'s hits, which become `answer` unless a newer query is asked first. */
  ask(query: string): void {
    this.newest = ++this.nextId;
    this.port.postMessage({ type: 'search', id: this.newest, query, limit: this.options.limit });
  }

  /**
   * `query`'s hits once they have settled, whatever is asked meanwhile; none from a worker that
   * failed to start.
   */
  searchNow(query: string): Promise<SearchAnswer> {
    const id = ++this.nextId;
    if (this.failed) return Promise.resolve({ id, query, own: [], docs: [] });
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.port.postMessage({ type: 'search', id, query, limit: this.options.limit, now: true });
    });
  }

  /** The worker could not start (its script failed): pages go on with what they search alone. */
  workerFailed(): void {
    this.failed = true;
    for (const [id, resolve] of this.waiting) resolve({ id, query: '', own: [], docs: [] });
    this.waiting.clear();
  }

  /** The write journal grew. */
  catchUp(): void {
    this.port.postMessage({ type: 'catch-up' });
  }

  private receive(reply: SearchReply): void {
    switch (reply.type) {
      case 'answer': {
        const { type: _, ...answer } = reply;
        const waiter = this.waiting.get(reply.id);
        this.waiting.delete(reply.id);
        waiter?.(answer);
        if (reply.id !== this.newest) return;
        this.answer = answer;
        break;
      }
      case 'docs':
        this.docsStatus = reply.status;
        if (reply.message) console.warn(reply.message);
        break;
      case 'user':
        if (reply.status === this.userStatus) return;
        this.userStatus = reply.status;
        break;
      case 'marks':
        // On the page's own timeline, where the benchmarks read them; each once.
        for (const { name, at } of reply.marks) {
          if (performance.getEntriesByName(name).length === 0) {
            performance.mark(name, { startTime: at - performance.timeOrigin });
          }
        }
        return;
      case 'refresh':
        this.options.requestRefresh();
        return;
    }
    this.version++;
    for (const listener of this.listeners) listener();
  }
}
