import { toolbar } from './toolbar';
import { dueCount, watchDueCount as onDueCountChange } from '../../data/practice/cards';

async function showDueCount(count: number): Promise<void> {
  await toolbar.setBadgeText({ text: count > 0 ? String(Math.min(count, 999)) : '' });
  await toolbar.setBadgeBackgroundColor({ color: '#0b6e4f' });
  await toolbar.setTitle({
    title: count > 0 ? `DevRecall — ${count} ${count === 1 ? 'card' : 'cards'} due` : 'DevRecall',
  });
}

export async function refreshBadge(): Promise<void> {
  await showDueCount(await dueCount(Date.now()));
}

/**
 * Keeps the toolbar badge at the number of due cards while the worker runs: any page's write
 * re-runs the count. Pages also ask for a refresh, which wakes a stopped worker.
 */
export function watchDueCount(): void {
  onDueCountChange((count) => void showDueCount(count));
}
