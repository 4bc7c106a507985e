import { afterEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { browser } from 'wxt/browser';
import { ask, NO_ANSWER } from './ask';

afterEach(() => vi.restoreAllMocks());

const request = { type: 'badge:refresh' } as const;
// The browser's typings overload sendMessage; these tests only need its promise.
const spySend = () =>
  vi.spyOn(browser.runtime, 'sendMessage') as unknown as MockInstance<
    (message: unknown) => Promise<unknown>
  >;

describe('ask', () => {
  it('sends again when the background dropped the request, and gives its answer', async () => {
    const send = spySend()
      .mockRejectedValueOnce(
        new Error('The message channel closed before a response was received.'),
      )
      .mockResolvedValueOnce({ ok: true, value: undefined });
    expect(await ask(request, { retries: 2 })).toEqual({ ok: true, value: undefined });
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('says the background did not answer once every try went unanswered', async () => {
    const send = spySend().mockReturnValue(new Promise(() => undefined));
    expect(await ask(request, { retries: 1, answerMs: 10 })).toEqual({
      ok: false,
      error: NO_ANSWER,
    });
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('sends a request only once unless told it is safe to send again', async () => {
    const send = spySend().mockResolvedValue(undefined);
    expect(await ask(request)).toEqual({ ok: false, error: NO_ANSWER });
    expect(send).toHaveBeenCalledTimes(1);
  });
});
