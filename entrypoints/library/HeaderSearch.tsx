import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { routes } from '../../components/links';
import { ResultList } from '../../components/ResultList';
import { SearchBox } from '../../components/SearchBox';
import { useLibrarySearch } from '../../data/records/live';
import { rememberOpened } from '../../data/records/recent';
import type { SearchHit } from '../../data/search/types';

const resultCount = (n: number) => (n === 1 ? '1 result' : `${n} results`);

export function HeaderSearch({ onOpen }: { onOpen: (route: string) => void }) {
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState(0);
  const { hits } = useLibrarySearch(query);
  // The results close when the reader clicks elsewhere or tabs away, and come back on typing or
  // returning to the box.
  const [dismissed, setDismissed] = useState(false);
  const open = query.trim() !== '' && !dismissed;
  const input = useRef<HTMLInputElement>(null);
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const onPointerDown = (e: PointerEvent) => {
      if (!container.current?.contains(e.target as Node)) setDismissed(true);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, []);

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      const typing = (e.target as Element | null)?.closest?.('input, textarea, select');
      if (e.key === '/' && !typing) {
        e.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    void rememberOpened(hit.doc);
    onOpen(routes.item(hit.doc.id, query));
    setQuery('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Tab') {
      setDismissed(true);
      return;
    }
    const last = hits.length - 1;
    if (event.key === 'ArrowDown') setSelected(selected >= last ? 0 : selected + 1);
    else if (event.key === 'ArrowUp') setSelected(selected <= 0 ? last : selected - 1);
    else if (event.key === 'Enter') choose(hits[selected]);
    else if (event.key === 'Escape') setQuery('');
    else return;
    event.preventDefault();
  };

  return (
    <div className="header-search" ref={container} onFocus={() => setDismissed(false)}>
      <SearchBox
        ref={input}
        autoFocus={false}
        value={query}
        onChange={(q) => {
          setQuery(q);
          setSelected(0);
          setDismissed(false);
        }}
        onKeyDown={onKeyDown}
        activeDescendant={open && hits.length ? `result-${selected}` : undefined}
        expanded={open && hits.length > 0}
        status={open ? resultCount(hits.length) : ''}
        placeholder="Search everything…  ( / )"
      />
      {open && (
        <div className="search-panel">
          {hits.length ? (
            <ResultList
              hits={hits}
              query={query}
              selected={selected}
              onSelect={setSelected}
              onOpen={choose}
            />
          ) : (
            <p className="empty" role="status">
              No matches for <strong>{query}</strong>.
            </p>
          )}
        </div>
      )}
    </div>
  );
}
