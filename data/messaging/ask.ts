import { browser } from 'wxt/browser';
import type { Request, Response } from './messages';

/** Sends a request to the background; undefined if the extension went away under the page. */
export async function ask<R extends Request>(request: R): Promise<Response<R> | undefined> {
  try {
    return (await browser.runtime.sendMessage(request)) as Response<R>;
  } catch {
    return undefined;
  }
}
