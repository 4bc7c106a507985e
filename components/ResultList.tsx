import {
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { bestLine, markTerms } from '../data/search/excerpt';
import type { SearchHit } from '../data/search/types';
import { kindLabel } from './kind-label';
import { Marked } from './Marked';

interface Props {
  hits: readonly SearchHit[];
  /** What was typed: each result shows its line that best answers it. */
  query: string;
  selected: number;
  onSelect: (index: number) => void;
  onOpen: (hit: SearchHit) => void;
  /** A last row after the hits (the docs search), selectable like them. */
  trailing?: { label: ReactNode; onOpen: () => void };
}

/**
 * Rows whose answering line is worked out when the results change: a little more than the popup
 * shows without scrolling, so a keystroke pays only for what it shows. The rest follow in idle
 * time, a batch at a time, and a selected row gets its line at once.
 */
export const ROWS_IN_VIEW = 10;

/** Runs `work` once the page is idle; returns how to call it off. */
function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: 500 });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(work, 20);
  return () => clearTimeout(timer);
}

export function ResultList({ hits, query, selected, onSelect, onOpen, trailing }: Props) {
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  // Rows keep one `onOpen`, so a render that changes none of a row's own props skips it.
  const latestOpen = useRef(onOpen);
  useLayoutEffect(() => {
    latestOpen.current = onOpen;
  });
  const open = useCallback((hit: SearchHit) => latestOpen.current(hit), []);

  // New results start again from the rows in view.
  const [lined, setLined] = useState({ hits, rows: ROWS_IN_VIEW });
  const rows = lined.hits === hits ? lined.rows : ROWS_IN_VIEW;
  useEffect(() => {
    if (rows >= hits.length) return;
    return whenIdle(() => setLined({ hits, rows: rows + ROWS_IN_VIEW }));
  }, [hits, rows]);

  return (
    <ul className="result-list" role="listbox" id="results" aria-label="Search results" ref={list}>
      {hits.map((hit, index) => (
        <ResultRow
          key={hit.doc.id}
          hit={hit}
          query={query}
          index={index}
          selected={index === selected}
          lined={index < rows || index === selected}
          onSelect={onSelect}
          onOpen={open}
        />
      ))}
      {trailing && (
        <li
          id={`result-${hits.length}`}
          role="option"
          aria-selected={selected === hits.length}
          className="result result-trailing"
          onMouseMove={() => selected !== hits.length && onSelect(hits.length)}
          onClick={trailing.onOpen}
        >
          {trailing.label}
        </li>
      )}
    </ul>
  );
}

interface RowProps {
  hit: SearchHit;
  query: string;
  index: number;
  selected: boolean;
  /** Whether its answering line is worked out yet; until then the line's room is kept. */
  lined: boolean;
  onSelect: (index: number) => void;
  onOpen: (hit: SearchHit) => void;
}

const ResultRow = memo(function ResultRow({
  hit,
  query,
  index,
  selected,
  lined,
  onSelect,
  onOpen,
}: RowProps) {
  const excerpt = useMemo(
    () => (lined ? bestLine(hit.doc, query, hit.matched) : undefined),
    [hit, query, lined],
  );
  const id = `result-${index}`;
  // Read as "title, kind"; where it lives and the matching line follow as its description.
  return (
    <li
      id={id}
      role="option"
      aria-labelledby={`${id}-title ${id}-kind`}
      aria-describedby={excerpt ? `${id}-context ${id}-line` : `${id}-context`}
      aria-selected={selected}
      data-id={hit.doc.id}
      className="result"
      onMouseMove={() => !selected && onSelect(index)}
      onClick={() => onOpen(hit)}
    >
      <div className="result-head">
        <span className="result-title" id={`${id}-title`}>
          <Marked text={hit.doc.title} ranges={markTerms(hit.doc.title, hit.matched)} />
        </span>
        <span className={`kind kind-${hit.doc.kind}`} id={`${id}-kind`}>
          {kindLabel(hit.doc)}
        </span>
      </div>
      <div className="result-context" id={`${id}-context`}>
        {hit.doc.context}
      </div>
      {excerpt ? (
        <div id={`${id}-line`} className={excerpt.code ? 'result-line code' : 'result-line'}>
          <Marked text={excerpt.text} ranges={excerpt.ranges} />
        </div>
      ) : (
        !lined && (
          <div className="result-line pending" aria-hidden="true">
            {'\u00a0'}
          </div>
        )
      )}
    </li>
  );
});
