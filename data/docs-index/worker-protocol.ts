import type { SearchHit } from '../search/types';
import type { DocsIndexFiles } from './load';

/** What a page asks of the docs index's worker. */
export type DocsRequest =
  | { type: 'load'; files: DocsIndexFiles }
  | { type: 'search'; id: number; query: string; limit: number };

/** What the worker answers; `marks` are its load steps, as ms since the epoch. */
export type DocsReply =
  | { type: 'ready'; marks: { name: string; at: number }[] }
  | { type: 'failed'; message: string }
  | { type: 'hits'; id: number; query: string; hits: SearchHit[] };
