import { liveQuery } from 'dexie';
import { db } from '../records/db';

/*
 * Reads of the practice schedule, apart from the scheduler (./practice.ts, ./review.ts): the
 * popup lists and counts due cards at open, and need not load the scheduling library to do so.
 */

export const getCard = (id: string) => db.cards.get(id);

/** Cards due by `now`, the longest overdue first (the `due` index is already in that order). */
export const dueCards = (now = Date.now()) => db.cards.where('due').belowOrEqual(now).toArray();

export const dueCount = (now = Date.now()) => db.cards.where('due').belowOrEqual(now).count();

/** Every review, oldest first. */
export const listReviews = () => db.reviewLog.orderBy('reviewedAt').toArray();

/** Calls `onCount` with the number of due cards now and after every change to the database. */
export function watchDueCount(onCount: (count: number) => void): () => void {
  const subscription = liveQuery(() => dueCount(Date.now())).subscribe({
    next: onCount,
    error: (error: unknown) => console.error('DevRecall: could not count due cards', error),
  });
  return () => subscription.unsubscribe();
}
