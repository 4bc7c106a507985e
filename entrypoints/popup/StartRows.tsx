import { kindLabel } from '../../components/kind-label';
import { usePracticeItem } from '../../data/records/live';
import type { RecentItem } from '../../data/records/recent';
import { snippetTitle } from '../../data/search/user-docs';

/** A row of the empty popup, before browsing: a recent item, a due card or the review link. */
export type StartRow =
  | { kind: 'recent'; item: RecentItem }
  | { kind: 'due'; id: string }
  | { kind: 'review'; due: number };

/** The due cards shown by title; the review row counts them all. */
export const DUE_SHOWN = 3;

export function startRows(
  recent: readonly RecentItem[],
  due: readonly { id: string }[],
): StartRow[] {
  return [
    ...recent.map((item): StartRow => ({ kind: 'recent', item })),
    ...due.slice(0, DUE_SHOWN).map(({ id }): StartRow => ({ kind: 'due', id })),
    ...(due.length ? [{ kind: 'review', due: due.length } as const] : []),
  ];
}

interface Props {
  rows: readonly StartRow[];
  selected: number;
  onSelect: (index: number) => void;
  onOpen: (row: StartRow) => void;
}

/** Where the user left off: recently opened items, then what is due for review. */
export function StartRows({ rows, selected, onSelect, onOpen }: Props) {
  const option = (row: StartRow, index: number, content: React.ReactNode) => (
    <div
      key={
        row.kind === 'recent'
          ? `recent:${row.item.id}`
          : row.kind === 'due'
            ? `due:${row.id}`
            : 'review'
      }
      id={`result-${index}`}
      role="option"
      aria-selected={index === selected}
      data-id={row.kind === 'recent' ? row.item.id : row.kind === 'due' ? row.id : undefined}
      className={`start-row start-${row.kind}`}
      onMouseMove={() => index !== selected && onSelect(index)}
      onClick={() => onOpen(row)}
    >
      {content}
    </div>
  );
  const recent = rows.flatMap((row, index) => (row.kind === 'recent' ? [{ row, index }] : []));
  const due = rows.flatMap((row, index) => (row.kind !== 'recent' ? [{ row, index }] : []));
  return (
    <>
      {recent.length > 0 && (
        <div role="group" aria-label="Recent">
          <h2 className="browse-topic" aria-hidden="true">
            Recent
          </h2>
          {recent.map(({ row, index }) =>
            row.kind === 'recent'
              ? option(
                  row,
                  index,
                  <>
                    <span className="start-title">{row.item.title}</span>
                    <span className={`kind kind-${row.item.kind}`}>{kindLabel(row.item)}</span>
                  </>,
                )
              : null,
          )}
        </div>
      )}
      {due.length > 0 && (
        <div role="group" aria-label="Due for review">
          <h2 className="browse-topic" aria-hidden="true">
            Due for review
          </h2>
          {due.map(({ row, index }) =>
            row.kind === 'due'
              ? option(row, index, <DueTitle id={row.id} />)
              : row.kind === 'review'
                ? option(
                    row,
                    index,
                    <span className="start-title">
                      Review {row.due === 1 ? 'the due card' : `all ${row.due} due cards`} ↗
                    </span>,
                  )
                : null,
          )}
        </div>
      )}
    </>
  );
}

/** A due card's title, read from what it is about. */
function DueTitle({ id }: { id: string }) {
  const item = usePracticeItem(id);
  const title = !item
    ? '…'
    : item.kind === 'section'
      ? item.section.title
      : item.kind === 'note'
        ? item.note.title
        : snippetTitle(item.snippet);
  return <span className="start-title">{title}</span>;
}
