import { beforeEach, describe, expect, it, vi } from 'vitest';
import { clearAllData } from '../backup/backup';
import { db } from '../records/db';
import { dueCards, dueCount, getCard, listReviews } from './cards';
import { ensureInterviewCards, practise, recordReview, restoreCard, unpractise } from './practice';
import { getProgress, markRead } from './progress';

const T0 = Date.UTC(2025, 2, 10, 9);

beforeEach(async () => {
  vi.restoreAllMocks();
  await clearAllData();
});

describe('practise', () => {
  it('creates a card due at once, and leaves an existing one alone', async () => {
    const card = await practise('django/q-mtv', T0);
    expect(card).toMatchObject({ id: 'django/q-mtv', due: T0, reps: 0, createdAt: T0 });
    await recordReview('django/q-mtv', 3, T0);
    const graded = await getCard('django/q-mtv');

    expect(await practise('django/q-mtv', T0 + 1000)).toEqual(graded);
    expect(await db.cards.count()).toBe(1);
  });

  it('unpractise removes the card but keeps its review history', async () => {
    await practise('a', T0);
    await recordReview('a', 3, T0);
    await unpractise('a');
    expect(await getCard('a')).toBeUndefined();
    expect(await listReviews()).toHaveLength(1);
  });

  it('restores an un-practised card exactly', async () => {
    await practise('a', T0);
    await recordReview('a', 3, T0);
    const before = await getCard('a');
    const removed = await unpractise('a');
    expect(removed).toEqual(before);
    if (removed) await restoreCard(removed);
    expect(await getCard('a')).toEqual(before);
  });

  it('resumes a card from its review log when practised again', async () => {
    await practise('a', T0);
    await recordReview('a', 3, T0);
    await recordReview('a', 4, T0 + 86_400_000);
    const before = await getCard('a');
    await unpractise('a');
    const resumed = await practise('a', T0 + 5 * 86_400_000);
    expect(resumed).toMatchObject({ due: before?.due, reps: 2, stability: before?.stability });
    expect(await listReviews()).toHaveLength(2);
  });
});

describe('dueCards and dueCount', () => {
  it('lists cards due by now, the longest overdue first', async () => {
    await practise('later', T0 + 2000);
    await practise('first', T0);
    await practise('second', T0 + 1000);
    await practise('future', T0 + 10_000);

    expect((await dueCards(T0 + 2000)).map((c) => c.id)).toEqual(['first', 'second', 'later']);
    expect(await dueCount(T0 + 2000)).toBe(3);
    expect(await dueCount(T0 - 1)).toBe(0);
  });

  it('drops after grading Good', async () => {
    await practise('a', T0);
    await practise('b', T0);
    expect(await dueCount(T0)).toBe(2);

    const { card } = await recordReview('a', 3, T0);
    expect(card.due).toBeGreaterThan(T0);
    expect(await dueCount(T0)).toBe(1);
    expect((await dueCards(T0)).map((c) => c.id)).toEqual(['b']);
  });
});

describe('recordReview', () => {
  it('writes the graded card and the review entry together', async () => {
    const before = await practise('a', T0);
    const { card, entry } = await recordReview('a', 3, T0 + 500);

    expect(await getCard('a')).toEqual(card);
    expect(card.reps).toBe(1);
    expect(card.lastReview).toBe(T0 + 500);
    expect(entry.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await listReviews()).toEqual([
      {
        id: entry.id,
        cardId: 'a',
        grade: 3,
        reviewedAt: T0 + 500,
        state: before.state,
        due: before.due,
        scheduledDays: before.scheduledDays,
      },
    ]);
  });

  it('changes neither record when the log write fails', async () => {
    const before = await practise('a', T0);
    vi.spyOn(db.reviewLog, 'add').mockRejectedValueOnce(new Error('quota exceeded'));

    await expect(recordReview('a', 3, T0)).rejects.toThrow('quota exceeded');
    expect(await getCard('a')).toEqual(before);
    expect(await db.reviewLog.count()).toBe(0);
  });

  it('refuses a card that is not practised, writing nothing', async () => {
    await expect(recordReview('missing', 3, T0)).rejects.toThrow('no longer being practised');
    expect(await db.reviewLog.count()).toBe(0);
    expect(await db.cards.count()).toBe(0);
  });

  it('marks a reviewed section read, keeping an earlier read time; notes and snippets have none', async () => {
    await practise('django/q-mtv', T0);
    await practise('django/orm', T0);
    await practise('note:n1', T0);
    await markRead('django/orm', T0 - 1000);
    await recordReview('django/q-mtv', 1, T0 + 5);
    await recordReview('django/orm', 3, T0 + 6);
    await recordReview('note:n1', 3, T0 + 7);

    expect(await getProgress('django/q-mtv')).toEqual({
      sectionId: 'django/q-mtv',
      readAt: T0 + 5,
    });
    expect(await getProgress('django/orm')).toEqual({ sectionId: 'django/orm', readAt: T0 - 1000 });
    expect(await db.progress.count()).toBe(2);
  });

  it('writes neither card, review nor read mark when marking the section read fails', async () => {
    const before = await practise('django/q-mtv', T0);
    vi.spyOn(db.progress, 'put').mockRejectedValueOnce(new Error('quota exceeded'));

    await expect(recordReview('django/q-mtv', 3, T0)).rejects.toThrow('quota exceeded');
    expect(await getCard('django/q-mtv')).toEqual(before);
    expect(await db.reviewLog.count()).toBe(0);
    expect(await getProgress('django/q-mtv')).toBeUndefined();
  });

  it('lists reviews oldest first', async () => {
    await practise('a', T0);
    await practise('b', T0);
    await recordReview('b', 3, T0 + 2);
    await recordReview('a', 1, T0 + 1);
    expect((await listReviews()).map((r) => [r.cardId, r.grade])).toEqual([
      ['a', 1],
      ['b', 3],
    ]);
  });
});

describe('ensureInterviewCards', () => {
  it('creates only missing cards and is idempotent', async () => {
    await practise('django/q-orm', T0);
    await recordReview('django/q-orm', 3, T0);
    const reviewed = await getCard('django/q-orm');

    const ids = ['django/q-mtv', 'django/q-orm', 'django/q-signals', 'django/q-mtv'];
    expect(await ensureInterviewCards(ids, T0 + 1000)).toBe(2);
    expect(await db.cards.count()).toBe(3);
    expect(await getCard('django/q-orm')).toEqual(reviewed);
    expect(await getCard('django/q-signals')).toMatchObject({ due: T0 + 1000, reps: 0 });

    const snapshot = await db.cards.toArray();
    expect(await ensureInterviewCards(ids, T0 + 5000)).toBe(0);
    expect(await db.cards.toArray()).toEqual(snapshot);
    expect(await ensureInterviewCards([], T0)).toBe(0);
  });
});
