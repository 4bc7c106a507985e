import { useEffect, useRef, type ReactNode } from 'react';
import { bestLine, markTerms } from '../data/search/excerpt';
import type { DocKind, SearchHit } from '../data/search/types';
import { Marked } from './Marked';

export const KIND_LABEL: Record<DocKind, string> = {
  section: 'Note',
  note: 'My note',
  snippet: 'Snippet',
  docs: 'Docs',
};

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

export function ResultList({ hits, query, selected, onSelect, onOpen, trailing }: Props) {
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  return (
    <ul className="result-list" role="listbox" id="results" aria-label="Search results" ref={list}>
      {hits.map((hit, index) => {
        const excerpt = bestLine(hit.doc, query, hit.matched);
        return (
          <li
            key={hit.doc.id}
            id={`result-${index}`}
            role="option"
            aria-selected={index === selected}
            data-id={hit.doc.id}
            className="result"
            onMouseMove={() => index !== selected && onSelect(index)}
            onClick={() => onOpen(hit)}
          >
            <div className="result-head">
              <span className="result-title">
                <Marked text={hit.doc.title} ranges={markTerms(hit.doc.title, hit.matched)} />
              </span>
              <span className={`kind kind-${hit.doc.kind}`}>{KIND_LABEL[hit.doc.kind]}</span>
            </div>
            <div className="result-context">{hit.doc.context}</div>
            {excerpt && (
              <div className={excerpt.code ? 'result-line code' : 'result-line'}>
                <Marked text={excerpt.text} ranges={excerpt.ranges} />
              </div>
            )}
          </li>
        );
      })}
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
