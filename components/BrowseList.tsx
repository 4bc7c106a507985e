import { useEffect, useRef, type ReactNode } from 'react';
import type { StackCatalog } from '../data/stacks/catalog';
import type { Section } from '../data/stacks/content';

/** Sections in browsing order, the rows the keyboard moves through. */
export const browseOrder = ({ topics }: StackCatalog): Section[] =>
  topics.flatMap((topic) =>
    topic.stacks.flatMap((stack) => stack.notes.flatMap((note) => note.sections)),
  );

interface Props {
  catalog: StackCatalog;
  selected: number;
  onSelect: (index: number) => void;
  onOpen: (section: Section) => void;
  /** Rows shown before the topics (numbered first); the sections' numbers follow them. */
  lead?: { rows: number; content: ReactNode };
}

/** All topics > stack > notes > sections, shown while the search box is empty. */
export function BrowseList({ catalog, selected, onSelect, onOpen, lead }: Props) {
  const order = browseOrder(catalog);
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  return (
    <div className="browse" role="listbox" id="results" aria-label="All notes" ref={list}>
      {lead?.content}
      {catalog.topics.map((topic) => (
        // Only groups and options inside a listbox: the groups carry the names the headings show.
        <div key={topic.name} role="group" aria-label={topic.name}>
          <h2 className="browse-topic" aria-hidden="true">
            {topic.name}
          </h2>
          {topic.stacks.map((stack) => (
            <div key={stack.id} role="group" aria-label={stack.title}>
              <h3 className="browse-stack" aria-hidden="true">
                {stack.title}
              </h3>
              {stack.notes.map((note) => (
                <div key={note.id} role="group" aria-label={note.title}>
                  <h4 className="browse-note" aria-hidden="true">
                    {note.title}
                  </h4>
                  {note.sections.map((section) => {
                    const index = (lead?.rows ?? 0) + order.indexOf(section);
                    return (
                      <div
                        key={section.id}
                        id={`result-${index}`}
                        role="option"
                        aria-selected={index === selected}
                        data-id={section.id}
                        className="browse-section"
                        onMouseMove={() => index !== selected && onSelect(index)}
                        onClick={() => onOpen(section)}
                      >
                        {section.title}
                      </div>
                    );
                  })}
                </div>
              ))}
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}
