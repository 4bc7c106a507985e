import { useMemo, useRef, type KeyboardEvent } from 'react';
import { BrowseList, browseOrder } from '../../components/BrowseList';
import { ResultList } from '../../components/ResultList';
import { SearchBox } from '../../components/SearchBox';
import { SectionView } from '../../components/SectionView';
import { findSection, sectionContext } from '../../data/bundled';
import { bundledSearch } from '../../data/search/bundled-index';
import { usePopupStore } from './store';

export function App() {
  const { query, selected, view, setQuery, select, open, back } = usePopupStore();
  const input = useRef<HTMLInputElement>(null);
  const hits = useMemo(() => bundledSearch(query), [query]);
  const browsing = query.trim() === '';
  const rowIds = browsing ? browseOrder.map((s) => s.id) : hits.map((h) => h.doc.id);

  const openRow = (index: number) => {
    const id = rowIds[index];
    if (id) open(id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = rowIds.length - 1;
    switch (event.key) {
      case 'ArrowDown':
        select(selected >= last ? 0 : selected + 1);
        break;
      case 'ArrowUp':
        select(selected <= 0 ? last : selected - 1);
        break;
      case 'Enter':
        openRow(selected);
        break;
      case 'Escape':
        // Esc clears a query first; on an empty box it lets the popup close as usual.
        if (query === '') return;
        setQuery('');
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  if (view.kind === 'section') {
    const section = findSection(view.id);
    const goBack = () => {
      back();
      requestAnimationFrame(() => input.current?.focus());
    };
    return (
      <main
        className="popup popup-section"
        onKeyDown={(e) => {
          if (e.key === 'Escape' || (e.key === 'Backspace' && e.target === e.currentTarget)) {
            e.preventDefault();
            goBack();
          }
        }}
        tabIndex={-1}
        ref={(el) => el?.focus()}
      >
        <nav className="toolbar">
          <button type="button" className="back-button" onClick={goBack}>
            ← Back <kbd>Esc</kbd>
          </button>
        </nav>
        {section ? (
          <SectionView section={section} context={sectionContext(section)} />
        ) : (
          <p className="empty">This section is no longer available.</p>
        )}
      </main>
    );
  }

  return (
    <main className="popup">
      <SearchBox
        ref={input}
        value={query}
        onChange={setQuery}
        onKeyDown={onKeyDown}
        activeDescendant={rowIds.length ? `result-${selected}` : undefined}
      />
      {browsing ? (
        <BrowseList selected={selected} onSelect={select} onOpen={(s) => open(s.id)} />
      ) : hits.length ? (
        <ResultList
          hits={hits}
          selected={selected}
          onSelect={select}
          onOpen={(h) => open(h.doc.id)}
        />
      ) : (
        <div className="empty" role="status">
          <p>
            No matches for <strong>{query}</strong>.
          </p>
          <p>
            Try fewer letters, a code identifier such as <code>select_related</code>, or browse all
            notes by clearing the box.
          </p>
        </div>
      )}
      <footer className="popup-footer" aria-hidden="true">
        <span>
          <kbd>↑</kbd>
          <kbd>↓</kbd> move
        </span>
        <span>
          <kbd>Enter</kbd> open
        </span>
        <span>
          <kbd>Esc</kbd> {query ? 'clear' : 'close'}
        </span>
      </footer>
    </main>
  );
}
