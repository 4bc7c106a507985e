import { useSectionProgress } from '../data/records/live';
import { setLearned } from '../data/practice/progress';

export function LearnedButton({ sectionId }: { sectionId: string }) {
  const progress = useSectionProgress(sectionId);
  if (progress === undefined) return null;
  const learned = Boolean(progress?.learnedAt);
  return (
    <button
      type="button"
      aria-pressed={learned}
      onClick={() => void setLearned(sectionId, !learned)}
    >
      {learned ? '✓ Learned' : 'Mark as learned'}
    </button>
  );
}
