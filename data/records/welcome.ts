import { browser } from 'wxt/browser';

const SHOWN_KEY = 'welcomeShown';

/**
 * Whether the welcome page is still to be shown, marking it shown. Kept apart from the install
 * event's reason: Chromium reports an extension loaded from the command line as newly installed
 * at every start.
 */
export async function takeWelcome(): Promise<boolean> {
  const stored = await browser.storage.local.get(SHOWN_KEY);
  if (stored[SHOWN_KEY] === true) return false;
  await browser.storage.local.set({ [SHOWN_KEY]: true });
  return true;
}
