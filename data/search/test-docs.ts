import type { SearchDoc } from './types';

/** A note as the search engine sees it, for tests: its title and prose, and code if any. */
export const noteSearchDoc = (id: string, title: string, text = '', code = ''): SearchDoc => ({
  id,
  kind: 'note',
  title,
  context: '',
  keywords: [],
  text,
  code,
});
