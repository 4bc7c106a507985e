import { useEffect, useRef, type ReactNode } from 'react';
import { bestLine, markTerms } from '../data/search/excerpt';
import type { DocKind, SearchHit } from '../data/search/types';
import { Marked } from './Marked';

export const KIND_LABEL: Record<DocKind, string> = {
  section: 'Section',
  note: 'Mine',
  snippet: 'Snippet',
  docs: 'Docs',
};

/** What a result is: a stack's section says which stack ("Django"), the rest their kind. */
export function kindLabel(doc: SearchHit['doc']): string {
  if (doc.kind !== 'section') return KIND_LABEL[doc.kind];
  return doc.context.split(' › ')[0]?.trim() || KIND_LABEL.section;
}

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
        const id = `result-${index}`;
        // Read as "title, kind"; where it lives and the matching line follow as its description.
        return (
          <li
            key={hit.doc.id}
            id={id}
            role="option"
            aria-labelledby={`${id}-title ${id}-kind`}
            aria-describedby={excerpt ? `${id}-context ${id}-line` : `${id}-context`}
            aria-selected={index === selected}
            data-id={hit.doc.id}
            className="result"
            onMouseMove={() => index !== selected && onSelect(index)}
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
            {excerpt && (
              <div id={`${id}-line`} className={excerpt.code ? 'result-line code' : 'result-line'}>
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
