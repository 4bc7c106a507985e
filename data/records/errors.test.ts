import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { userMessage } from './errors';

describe('userMessage', () => {
  it('explains a full disk, also when Dexie wraps the browser error', () => {
    const quota = new DOMException('quota', 'QuotaExceededError');
    expect(userMessage(quota)).toContain('no room left');
    const wrapped = new Dexie.AbortError('Transaction aborted', quota);
    expect(userMessage(wrapped)).toContain('nothing was changed');
  });

  it('passes other messages through', () => {
    expect(userMessage(new Error('A note needs a title.'))).toBe('A note needs a title.');
    expect(userMessage('plain')).toBe('plain');
  });
});
