import { describe, expect, it } from 'vitest';
import { withLegacyIds } from './review-ids';

const entry = {
  cardId: 'django/q-mtv',
  grade: 3,
  reviewedAt: 5,
  state: 0,
  due: 5,
  scheduledDays: 0,
};

describe('withLegacyIds', () => {
  it('derives the same id for the same entry on every browser, whatever its local number', () => {
    const here = withLegacyIds([{ ...entry, id: 1 }]);
    const there = withLegacyIds([{ ...entry, id: 400 }]);
    expect(here).toEqual([{ ...entry, id: 'django/q-mtv@5' }]);
    expect(there).toEqual(here);
  });

  it('gives different entries different ids, even for the same card and millisecond', () => {
    const ids = withLegacyIds([
      { ...entry, id: 1 },
      { ...entry, id: 2, grade: 1 },
      { ...entry, id: 3, reviewedAt: 6 },
    ]).map((e) => e.id);
    expect(ids).toEqual(['django/q-mtv@5', 'django/q-mtv@5#2', 'django/q-mtv@6']);
  });
});
