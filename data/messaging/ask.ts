import { browser } from 'wxt/browser';
import type { Answer, Request, Response } from './messages';

export const EXTENSION_GONE = 'DevRecall was updated or reloaded: reload this page and try again.';
export const NO_ANSWER =
  'DevRecall’s background did not answer (the browser may have stopped it). Try again.';

/** How long a request may go unanswered before it is sent again. */
export const ANSWER_MS = 10_000;

export interface AskOptions {
  /**
   * Times to send the request again when no answer comes (the browser stops an extension's
   * background whenever it likes, dropping the requests it was answering; the next one starts it
   * again). Only for requests that do the same thing however often they arrive.
   */
  retries?: number;
  answerMs?: number;
}

/** Sends a request to the background; the answer always says why when there is no value. */
export async function ask<R extends Request>(
  request: R,
  { retries = 0, answerMs = ANSWER_MS }: AskOptions = {},
): Promise<Answer<Response<R>>> {
  for (let attempt = 0; ; attempt++) {
    const answer = await sendOnce<Response<R>>(request, answerMs);
    if (answer) return answer;
    // An orphaned content script (the extension was updated or reloaded) has no runtime id.
    if (!browser.runtime?.id) return { ok: false, error: EXTENSION_GONE };
    if (attempt >= retries) return { ok: false, error: NO_ANSWER };
  }
}

/** The background's answer, or undefined when none came in time. */
async function sendOnce<T>(request: Request, answerMs: number): Promise<Answer<T> | undefined> {
  let giveUp = () => {};
  const late = new Promise<undefined>((resolve) => (giveUp = () => resolve(undefined)));
  const timer = setTimeout(giveUp, answerMs);
  try {
    const answer = browser.runtime.sendMessage(request) as Promise<Answer<T> | undefined>;
    return (await Promise.race([answer, late])) ?? undefined;
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}
