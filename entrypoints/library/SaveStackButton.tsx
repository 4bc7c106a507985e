import { saveStack, unsaveStack } from '../../data/records/saved-stacks';
import { useToast } from './toast-store';

export function SaveStackButton({ stackId, saved }: { stackId: string; saved?: boolean }) {
  const show = useToast((s) => s.show);
  if (saved === undefined) return null;
  return saved ? (
    <button
      type="button"
      aria-pressed="true"
      onClick={async () => {
        await unsaveStack(stackId);
        show('Removed from My DevRecall.', () => saveStack(stackId));
      }}
    >
      ✓ Saved
    </button>
  ) : (
    <button
      type="button"
      className="primary"
      aria-pressed="false"
      onClick={async () => {
        await saveStack(stackId);
        show('Stack saved to My DevRecall.');
      }}
    >
      Save this stack
    </button>
  );
}
