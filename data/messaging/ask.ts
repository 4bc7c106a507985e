import { browser } from 'wxt/browser';
import type { Answer, Request, Response } from './messages';

export const EXTENSION_GONE = 'DevRecall was updated or reloaded: reload this page and try again.';

/** Sends a request to the background; the answer always says why when there is no value. */
export async function ask<R extends Request>(request: R): Promise<Answer<Response<R>>> {
  try {
    const answer = (await browser.runtime.sendMessage(request)) as Answer<Response<R>> | undefined;
    return answer ?? { ok: false, error: EXTENSION_GONE };
  } catch {
    return { ok: false, error: EXTENSION_GONE };
  }
}
