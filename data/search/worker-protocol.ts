import type { DocsIndexFiles } from '../docs-index/load';
import type { SearchStatus } from './live-search';
import type { SearchHit } from './types';

/** What a page asks of its search worker. */
export type SearchRequest =
  /** Load and search the docs index too (the popup's search; the library's leaves it out). */
  | { type: 'load-docs'; files: DocsIndexFiles }
  /** Load the user's index and follow the write journal. */
  | { type: 'start-user' }
  /** The write journal grew: take in the new entries. */
  | { type: 'catch-up' }
  /** The page is going away (a worker is simply ended instead). */
  | { type: 'stop' }
  /**
   * The hits for `query`. The newest such query asked without `now` is answered again whenever its
   * hits change (the user's index loads, a write lands, full records come in).
   */
  | { type: 'search'; id: number; query: string; limit: number; now?: boolean };

/** One query's hits: the user's records and the docs index's, each best first. */
export interface SearchAnswer {
  id: number;
  query: string;
  own: SearchHit[];
  docs: SearchHit[];
}

/** What the worker tells the page; `marks` are its load steps, as ms since the epoch. */
export type SearchReply =
  | ({ type: 'answer' } & SearchAnswer)
  | { type: 'docs'; status: 'ready' | 'failed'; message?: string }
  | { type: 'user'; status: SearchStatus }
  | { type: 'marks'; marks: { name: string; at: number }[] }
  /** The stored index needs rebuilding: the page asks the background, which the worker cannot. */
  | { type: 'refresh' };
