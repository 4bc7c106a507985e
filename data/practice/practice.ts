import { db } from '../records/db';
import { newId, parseSearchId } from '../records/ids';
import { markRead } from './progress';
import type { ReviewEntry, StoredCard } from '../records/model';
import { gradeCard, isReviewGrade, newCard, type ReviewGrade } from './review';

/**
 * Adds the item to practice. An item already practised keeps its schedule; one practised before
 * picks up where its review log left off; a new one is due at once.
 */
export async function practise(id: string, now = Date.now()): Promise<StoredCard> {
  return db.transaction('rw', db.cards, db.reviewLog, async () => {
    const existing = await db.cards.get(id);
    if (existing) return existing;
    const history = await db.reviewLog.where('cardId').equals(id).sortBy('reviewedAt');
    const card = replayReviews(id, history, now);
    await db.cards.add(card);
    return card;
  });
}

/** The schedule a card's reviews give it (reviews are deterministic: no fuzz). */
function replayReviews(id: string, history: readonly ReviewEntry[], now: number): StoredCard {
  const first = history[0];
  if (!first) return newCard(id, now);
  let card = newCard(id, first.reviewedAt);
  for (const entry of history) {
    if (isReviewGrade(entry.grade)) card = gradeCard(card, entry.grade, entry.reviewedAt).card;
  }
  return card;
}

/**
 * Stops practising the item and returns its card for `restoreCard` (Undo). Its past reviews stay
 * in the log, so practising it again later resumes its schedule.
 */
export async function unpractise(id: string): Promise<StoredCard | undefined> {
  return db.transaction('rw', db.cards, async () => {
    const card = await db.cards.get(id);
    if (card) await db.cards.delete(id);
    return card;
  });
}

/** Puts back a card exactly as `unpractise` took it out. */
export async function restoreCard(card: StoredCard): Promise<void> {
  await db.cards.put(card);
}

/**
 * Grades the card, appends the review and (for a section) marks the section read, in one
 * transaction, so the log never disagrees with the schedule: if any write fails, none happens.
 */
export async function recordReview(
  id: string,
  grade: ReviewGrade,
  now = Date.now(),
): Promise<{ card: StoredCard; entry: ReviewEntry }> {
  return db.transaction('rw', db.cards, db.reviewLog, db.progress, async () => {
    const existing = await db.cards.get(id);
    if (!existing) throw new Error('This item is no longer being practised.');
    const graded = gradeCard(existing, grade, now);
    const entry: ReviewEntry = { id: newId(), ...graded.entry };
    await db.cards.put(graded.card);
    await db.reviewLog.add(entry);
    // Reviewing a section's card means its answer was read.
    if (parseSearchId(id).kind === 'section') await markRead(id, now);
    return { card: graded.card, entry };
  });
}

/**
 * Creates cards, due at once, for the ids that have none; existing cards keep their schedule, so
 * running it again (on every start, say) changes nothing. Returns how many were created.
 */
export async function ensureInterviewCards(
  sectionIds: readonly string[],
  now = Date.now(),
): Promise<number> {
  const ids = [...new Set(sectionIds)];
  if (!ids.length) return 0;
  return db.transaction('rw', db.cards, async () => {
    const existing = await db.cards.bulkGet(ids);
    const missing = ids.filter((_, i) => existing[i] === undefined);
    if (missing.length) await db.cards.bulkAdd(missing.map((id) => newCard(id, now)));
    return missing.length;
  });
}
