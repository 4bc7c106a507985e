import { afterEach, describe, expect, it, vi } from 'vitest';
import { FIRST_LOOKUP_WAIT_MS, firstAnswerFor, firstLookup, lookingUpFirst } from './first-answer';
import { noteSearchDoc } from './test-docs';

const hit = { doc: noteSearchDoc('note:a', 'Rotating keys', 'keyrotation'), score: 1, matched: [] };

afterEach(() => {
  vi.useRealTimers();
});

describe('the first script’s lookup, handed to the page', () => {
  it('gives the answer for the text it was made for, and only that', async () => {
    lookingUpFirst('keyrotation', Promise.resolve([hit]));
    expect(await firstLookup('keyrotation')).toEqual([hit]);
    expect(await firstLookup()).toEqual([hit]);
    expect(firstLookup('keyrot')).toBeUndefined();
    expect(firstAnswerFor('keyrotation')).toEqual([hit]);
    expect(firstAnswerFor('keyrot')).toBeUndefined();
  });

  it('lets the page go on without it when it fails or never comes', async () => {
    lookingUpFirst('failed', Promise.reject(new Error('The database closed.')));
    expect(await firstLookup('failed')).toBeUndefined();

    vi.useFakeTimers();
    lookingUpFirst('stuck', new Promise(() => undefined));
    const waiting = firstLookup('stuck');
    let settled = false;
    void waiting?.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(FIRST_LOOKUP_WAIT_MS - 1);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBe(true);
    expect(await waiting).toBeUndefined();
  });
});
