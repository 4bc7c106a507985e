import { useCard } from '../data/records/live';
import { practise, unpractise } from '../data/practice/practice';

/** Adds the item to spaced-repetition practice, or takes it out. */
export function PractiseButton({ id }: { id: string }) {
  const card = useCard(id);
  if (card === undefined) return null;
  return card ? (
    <button type="button" aria-pressed="true" onClick={() => void unpractise(id)}>
      ✓ Practising
    </button>
  ) : (
    <button type="button" aria-pressed="false" onClick={() => void practise(id)}>
      Practise this
    </button>
  );
}
