import { browser } from 'wxt/browser';

/** The toolbar button's API: `action` in Manifest V3, `browserAction` in Firefox's Manifest V2. */
export const toolbar: typeof browser.action = browser.action ?? browser.browserAction;
