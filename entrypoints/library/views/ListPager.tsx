/** Items shown at once in a long list of the user's records. */
export const PAGE_SIZE = 50;

interface Props {
  /** What is listed, for screen readers: "notes", "snippets". */
  label: string;
  offset: number;
  shown: number;
  total: number;
  onOffset: (offset: number) => void;
}

/** "51–100 of 50,000" with Newer and Older: a long list is read a page at a time. */
export function ListPager({ label, offset, shown, total, onOffset }: Props) {
  if (total <= PAGE_SIZE) return null;
  return (
    <nav className="list-pager" aria-label={`Pages of ${label}`}>
      <button
        type="button"
        disabled={offset === 0}
        onClick={() => onOffset(Math.max(0, offset - PAGE_SIZE))}
      >
        ← Newer
      </button>
      <span className="muted" aria-live="polite">
        {(offset + 1).toLocaleString('en')}–{(offset + shown).toLocaleString('en')} of{' '}
        {total.toLocaleString('en')}
      </span>
      <button
        type="button"
        disabled={offset + PAGE_SIZE >= total}
        onClick={() => onOffset(offset + PAGE_SIZE)}
      >
        Older →
      </button>
    </nav>
  );
}
