import { describe, expect, it } from 'vitest';
import { urgentRead, urgentReadsDone } from './read-priority';

describe('urgent reads', () => {
  it('are waited for until the last one settles, failed ones included', async () => {
    expect(urgentReadsDone()).toBeUndefined();
    let answer = () => {};
    let fail = (_: Error) => {};
    const first = urgentRead(() => new Promise<void>((resolve) => (answer = resolve)));
    const second = urgentRead(() => new Promise<void>((_, reject) => (fail = reject)));
    let resumed = false;
    void urgentReadsDone()?.then(() => (resumed = true));

    answer();
    await first;
    expect(resumed).toBe(false);
    fail(new Error('The database is closing.'));
    await expect(second).rejects.toThrow('closing');
    await Promise.resolve();
    expect(resumed).toBe(true);
    expect(urgentReadsDone()).toBeUndefined();
  });
});
