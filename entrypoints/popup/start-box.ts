import { useLayoutEffect, useState } from 'react';

/**
 * popup.html draws a search box before any script has run, so the keys of a quick user are not
 * lost while the popup starts; when the popup first renders, its own box (which replaced that one)
 * takes over what was typed. A layout effect: it runs before the first paint and before any key
 * can reach the page, so nothing typed in between is lost either.
 */
export function useStartBox(
  start: HTMLInputElement | undefined,
  query: string,
  setQuery: (query: string) => void,
): void {
  // Only what the box held as the popup first rendered, whatever the query becomes later.
  const [typed] = useState(query);
  useLayoutEffect(() => {
    if (start && start.value !== typed) setQuery(start.value);
  }, [start, typed, setQuery]);
}
