import { useEffect } from 'react';

/** What a library tab is called: the page first, so tabs and history entries tell pages apart. */
export function documentTitle(page: string): string {
  return page.includes('DevRecall') ? page : `${page} · DevRecall`;
}

/** Names the tab after the page; `undefined` (still loading) keeps the current name. */
export function useDocumentTitle(page: string | undefined): void {
  useEffect(() => {
    if (page !== undefined) document.title = documentTitle(page);
  }, [page]);
}
