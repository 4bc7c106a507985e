/**
 * Marks on the page's performance timeline as a page loads the user's search index, read by
 * `npm run bench:startup`: started, stored index read, restored, checked against the tables
 * (journal replayed), ready to search; and each answer from the term lists before then.
 */
export const SEARCH_MARKS = {
  start: 'devrecall:user-index:start',
  read: 'devrecall:user-index:read',
  restored: 'devrecall:user-index:restored',
  loaded: 'devrecall:user-index:loaded',
  ready: 'devrecall:user-index:ready',
  early: 'devrecall:user-index:early',
} as const;
