import { describe, expect, it } from 'vitest';
import { formatInterval } from './format';

describe('formatInterval', () => {
  it.each([
    [30_000, '1 min'],
    [10 * 60_000, '10 min'],
    [5 * 3_600_000, '5 h'],
    [3 * 86_400_000, '3 d'],
    [65 * 86_400_000, '2 mo'],
    [400 * 86_400_000, '1.1 y'],
  ])('%i ms reads %s', (ms, text) => {
    expect(formatInterval(ms)).toBe(text);
  });
});
