/**
 * Spaced-repetition scheduling on top of ts-fsrs. Pure: no storage and no browser APIs, and every
 * function takes the time as an argument so results are reproducible.
 */
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import type { ReviewEntry, StoredCard } from '../records/model';

/** 1 Again, 2 Hard, 3 Good, 4 Easy, as in `ReviewEntry.grade`. */
export type ReviewGrade = 1 | 2 | 3 | 4;

const RATINGS: Record<ReviewGrade, Grade> = {
  1: Rating.Again,
  2: Rating.Hard,
  3: Rating.Good,
  4: Rating.Easy,
};

// Default parameters; fuzz off so the same history always gives the same due dates.
const scheduler = fsrs({ enable_fuzz: false });

function toFsrsCard(card: StoredCard): Card {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    last_review: card.lastReview === undefined ? undefined : new Date(card.lastReview),
  };
}

/** `id` and `createdAt` are ours alone, so they come from the caller. */
function fromFsrsCard(id: string, card: Card, createdAt: number): StoredCard {
  const stored: StoredCard = {
    id,
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    createdAt,
  };
  // Left out rather than set to undefined, so records compare and serialise cleanly.
  if (card.last_review) stored.lastReview = card.last_review.getTime();
  return stored;
}

/** A card never reviewed, due at once. */
export function newCard(id: string, now: number): StoredCard {
  return fromFsrsCard(id, createEmptyCard(new Date(now)), now);
}

export function isReviewGrade(grade: number): grade is ReviewGrade {
  return grade === 1 || grade === 2 || grade === 3 || grade === 4;
}

/** Schedules the card after a review at `now`; the entry records the card as it was before. */
export function gradeCard(
  card: StoredCard,
  grade: ReviewGrade,
  now: number,
): { card: StoredCard; entry: Omit<ReviewEntry, 'id'> } {
  // Grades can come from UI events or imported data, where the type is only a promise.
  if (!isReviewGrade(grade)) throw new Error(`Unknown grade: ${String(grade)}`);
  const next = scheduler.next(toFsrsCard(card), new Date(now), RATINGS[grade]);
  return {
    card: fromFsrsCard(card.id, next.card, card.createdAt),
    entry: {
      cardId: card.id,
      grade,
      reviewedAt: now,
      state: card.state,
      due: card.due,
      scheduledDays: card.scheduledDays,
    },
  };
}

export interface DayCount {
  /** Local calendar day, `YYYY-MM-DD`. */
  day: string;
  count: number;
}

const MINUTE = 60_000;

/** Formats the UTC calendar fields of `date`, which callers have already shifted to local time. */
const formatDay = (date: Date): string =>
  `${String(date.getUTCFullYear()).padStart(4, '0')}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;

/**
 * Reviews per local day for the `days` days ending today, oldest first, days without reviews
 * included as 0. `timeZoneOffsetMinutes` has the sign of `Date#getTimezoneOffset` (UTC+2 is -120);
 * without it each timestamp uses the runtime's zone, so days across a DST change stay whole.
 */
export function reviewsPerDay(
  entries: readonly Pick<ReviewEntry, 'reviewedAt'>[],
  now: number,
  days = 30,
  timeZoneOffsetMinutes?: number,
): DayCount[] {
  const localDay = (t: number): Date => {
    const offset = timeZoneOffsetMinutes ?? new Date(t).getTimezoneOffset();
    return new Date(t - offset * MINUTE);
  };
  const today = localDay(now);
  const counts = new Map<string, number>();
  // Calendar arithmetic in UTC, which has no DST, so every step is exactly one day.
  for (let i = Math.floor(days) - 1; i >= 0; i--) {
    const day = new Date(
      Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - i),
    );
    counts.set(formatDay(day), 0);
  }
  for (const { reviewedAt } of entries) {
    const key = formatDay(localDay(reviewedAt));
    const count = counts.get(key);
    // Days outside the window, including any in the future, are not in the map.
    if (count !== undefined) counts.set(key, count + 1);
  }
  return [...counts].map(([day, count]) => ({ day, count }));
}
