import { fsrs, Rating, State, type Card } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import type { StoredCard } from '../records/model';
import { gradeCard, newCard, reviewsPerDay } from './review';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
// A fixed clock: 2025-03-10 09:00 UTC.
const T0 = Date.UTC(2025, 2, 10, 9);

/** Grades Good at each due date until the card reaches review state. */
function graduate(card: StoredCard): StoredCard {
  let current = card;
  while (current.state !== State.Review) current = gradeCard(current, 3, current.due).card;
  return current;
}

describe('newCard', () => {
  it('is new, unreviewed and due at once', () => {
    const card = newCard('django/q-mtv', T0);
    expect(card).toEqual({
      id: 'django/q-mtv',
      due: T0,
      stability: 0,
      difficulty: 0,
      elapsedDays: 0,
      scheduledDays: 0,
      learningSteps: 0,
      reps: 0,
      lapses: 0,
      state: State.New,
      createdAt: T0,
    });
  });
});

describe('gradeCard', () => {
  it('Good pushes the due date out and logs the card as it was', () => {
    const card = newCard('a', T0);
    const { card: next, entry } = gradeCard(card, 3, T0);
    expect(next.due).toBeGreaterThan(T0);
    expect(next.reps).toBe(1);
    expect(next.lastReview).toBe(T0);
    expect(next.createdAt).toBe(T0);
    expect(entry).toEqual({
      cardId: 'a',
      grade: 3,
      reviewedAt: T0,
      state: State.New,
      due: T0,
      scheduledDays: 0,
    });
  });

  it('Again brings the due date back and counts one lapse only in review state', () => {
    const learning = gradeCard(newCard('a', T0), 1, T0).card;
    expect(learning.lapses).toBe(0);

    const review = graduate(newCard('a', T0));
    expect(review.scheduledDays).toBeGreaterThan(0);
    const now = review.due;
    const good = gradeCard(review, 3, now).card;
    const again = gradeCard(review, 1, now).card;
    expect(again.due).toBeLessThan(good.due);
    expect(again.due - now).toBeLessThan(DAY);
    expect(again.state).toBe(State.Relearning);
    expect(again.lapses).toBe(review.lapses + 1);
    expect(good.lapses).toBe(review.lapses);

    // Failing again while relearning is the same lapse.
    const againAgain = gradeCard(again, 1, again.due).card;
    expect(againAgain.lapses).toBe(again.lapses);
  });

  it('grows the interval over repeated Good reviews at the due date', () => {
    let card = graduate(newCard('a', T0));
    const intervals: number[] = [];
    for (let i = 0; i < 5; i++) {
      const reviewedAt = card.due;
      card = gradeCard(card, 3, reviewedAt).card;
      expect(card.state).toBe(State.Review);
      intervals.push(card.due - reviewedAt);
    }
    for (let i = 1; i < intervals.length; i++) {
      expect(intervals[i]).toBeGreaterThan(intervals[i - 1] ?? Infinity);
    }
    expect(card.reps).toBeGreaterThanOrEqual(6);
  });

  it('is deterministic', () => {
    const a = graduate(newCard('a', T0));
    const b = graduate(newCard('a', T0));
    expect(gradeCard(a, 3, a.due + DAY)).toEqual(gradeCard(b, 3, b.due + DAY));
  });

  it('refuses an unknown grade', () => {
    expect(() => gradeCard(newCard('a', T0), 0 as 1, T0)).toThrow('Unknown grade');
  });
});

describe('stored cards', () => {
  it('schedule exactly as ts-fsrs schedules the same card', () => {
    const stored = gradeCard(graduate(newCard('x', T0)), 1, T0 + 30 * DAY).card;
    expect(stored.lastReview).toBe(T0 + 30 * DAY);
    const same: Card = {
      due: new Date(stored.due),
      stability: stored.stability,
      difficulty: stored.difficulty,
      elapsed_days: stored.elapsedDays,
      scheduled_days: stored.scheduledDays,
      learning_steps: stored.learningSteps,
      reps: stored.reps,
      lapses: stored.lapses,
      state: State.Relearning,
      last_review: new Date(T0 + 30 * DAY),
    };
    const expected = fsrs({ enable_fuzz: false }).next(
      same,
      new Date(stored.due),
      Rating.Good,
    ).card;
    expect(gradeCard(stored, 3, stored.due).card).toStrictEqual({
      id: 'x',
      due: expected.due.getTime(),
      stability: expected.stability,
      difficulty: expected.difficulty,
      elapsedDays: expected.elapsed_days,
      scheduledDays: expected.scheduled_days,
      learningSteps: expected.learning_steps,
      reps: expected.reps,
      lapses: expected.lapses,
      state: expected.state,
      lastReview: stored.due,
      createdAt: T0,
    });
  });

  it('leave out the last review of a card never reviewed, so it survives a backup unchanged', () => {
    const card = newCard('n', T0);
    expect('lastReview' in card).toBe(false);
    expect(JSON.parse(JSON.stringify(card))).toStrictEqual(card);
  });
});

describe('reviewsPerDay', () => {
  it('zero-fills the last N days, oldest first', () => {
    const days = reviewsPerDay([], T0, 3, 0);
    expect(days).toEqual([
      { day: '2025-03-08', count: 0 },
      { day: '2025-03-09', count: 0 },
      { day: '2025-03-10', count: 0 },
    ]);
    expect(reviewsPerDay([], T0, undefined, 0)).toHaveLength(30);
    expect(reviewsPerDay([], T0, 30, 0)[0]?.day).toBe('2025-02-09');
  });

  it('buckets by local day and ignores reviews outside the window', () => {
    const now = Date.UTC(2025, 2, 10, 12);
    const entries = [
      { reviewedAt: Date.UTC(2025, 2, 10, 1) },
      { reviewedAt: Date.UTC(2025, 2, 9, 23) },
      { reviewedAt: Date.UTC(2025, 2, 9, 21, 59) },
      { reviewedAt: Date.UTC(2025, 2, 1) }, // before the window
      { reviewedAt: Date.UTC(2025, 2, 11, 12) }, // in the future
    ];
    // In UTC, 23:00 on the 9th is still the 9th.
    expect(reviewsPerDay(entries, now, 3, 0)).toEqual([
      { day: '2025-03-08', count: 0 },
      { day: '2025-03-09', count: 2 },
      { day: '2025-03-10', count: 1 },
    ]);
    // At UTC+2 (offset -120), 23:00 UTC on the 9th is 01:00 on the 10th; 21:59 is still the 9th.
    expect(reviewsPerDay(entries, now, 3, -120)).toEqual([
      { day: '2025-03-08', count: 0 },
      { day: '2025-03-09', count: 1 },
      { day: '2025-03-10', count: 2 },
    ]);
    // At UTC-5 (offset 300), 01:00 UTC on the 10th is 20:00 on the 9th, and "now" is the 10th.
    expect(reviewsPerDay(entries, now, 3, 300)).toEqual([
      { day: '2025-03-08', count: 0 },
      { day: '2025-03-09', count: 3 },
      { day: '2025-03-10', count: 0 },
    ]);
  });

  it('crosses month and year boundaries', () => {
    const days = reviewsPerDay(
      [{ reviewedAt: Date.UTC(2024, 11, 31, 10) }],
      Date.UTC(2025, 0, 1),
      2,
      0,
    );
    expect(days).toEqual([
      { day: '2024-12-31', count: 1 },
      { day: '2025-01-01', count: 0 },
    ]);
  });

  it('returns nothing for a window of no days', () => {
    expect(reviewsPerDay([{ reviewedAt: T0 }], T0, 0, 0)).toEqual([]);
  });
});
