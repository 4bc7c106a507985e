import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import { dueCount } from '../../data/practice';

async function showDueCount(count: number): Promise<void> {
  await browser.action.setBadgeText({ text: count > 0 ? String(Math.min(count, 999)) : '' });
  await browser.action.setBadgeBackgroundColor({ color: '#0b6e4f' });
  await browser.action.setTitle({
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
  liveQuery(() => dueCount(Date.now())).subscribe({
    next: (count) => void showDueCount(count),
    error: (error: unknown) => console.error('DevRecall: could not count due cards', error),
  });
}
