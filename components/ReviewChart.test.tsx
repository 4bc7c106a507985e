import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { reviewsPerDay } from '../data/practice/review';
import { ReviewChart } from './ReviewChart';

describe('ReviewChart', () => {
  it('draws one bar per day, taller for busier days, and says the total', () => {
    const now = Date.UTC(2026, 10, 25, 12);
    const day = 86_400_000;
    const days = reviewsPerDay(
      [{ reviewedAt: now }, { reviewedAt: now - 1000 }, { reviewedAt: now - day }],
      now,
      30,
      0,
    );
    const { container } = render(<ReviewChart days={days} />);
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      '3 reviews in the last 30 days',
    );
    const bars = [...container.querySelectorAll('rect')];
    expect(bars).toHaveLength(30);
    const height = (i: number) => Number(bars[i]?.getAttribute('height'));
    expect(height(29)).toBeGreaterThan(height(28));
    expect(height(28)).toBeGreaterThan(0);
    expect(height(0)).toBe(0);
  });

  it('says there are no reviews yet instead of drawing an empty chart', () => {
    const days = reviewsPerDay([], Date.UTC(2026, 10, 25, 12), 30, 0);
    const { container } = render(<ReviewChart days={days} />);
    expect(container.textContent).toMatch(/^No reviews yet in the last 30 days/);
    expect(container.querySelectorAll('rect')).toHaveLength(0);
  });
});
