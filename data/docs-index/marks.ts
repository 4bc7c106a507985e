/**
 * Marks on the page's performance timeline at each step of loading the docs index, read by the
 * browser benchmark: requested, read, parsed, indexed.
 */
export const DOCS_INDEX_MARKS = {
  start: 'devrecall:docs-index:start',
  read: 'devrecall:docs-index:read',
  parsed: 'devrecall:docs-index:parsed',
  ready: 'devrecall:docs-index:ready',
} as const;
