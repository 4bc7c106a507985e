import { useEffect, useState } from 'react';
import { useCard } from '../data/records/live';
import type { StoredCard } from '../data/records/model';
import { practise, restoreCard, unpractise } from '../data/practice/practice';

/** How long Undo is offered after stopping practice. */
const UNDO_MS = 8000;

/**
 * Adds the item to spaced-repetition practice, or takes it out. Taking it out offers Undo, which
 * puts the card back with its schedule; the review history is kept either way.
 */
export function PractiseButton({ id }: { id: string }) {
  const card = useCard(id);
  const [removed, setRemoved] = useState<StoredCard>();

  useEffect(() => {
    if (!removed) return;
    const timer = setTimeout(() => setRemoved(undefined), UNDO_MS);
    return () => clearTimeout(timer);
  }, [removed]);

  if (card === undefined) return null;
  if (card) {
    return (
      <button
        type="button"
        aria-pressed="true"
        title="Stop practising (Undo is offered)"
        onClick={async () => setRemoved(await unpractise(id))}
      >
        ✓ Practising
      </button>
    );
  }
  return (
    <span className="practise-actions">
      <button type="button" aria-pressed="false" onClick={() => void practise(id)}>
        Practise this
      </button>
      {removed && (
        <span role="status" className="hint">
          Stopped practising.{' '}
          <button
            type="button"
            className="link-button"
            onClick={async () => {
              await restoreCard(removed);
              setRemoved(undefined);
            }}
          >
            Undo
          </button>
        </span>
      )}
    </span>
  );
}
