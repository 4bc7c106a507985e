import { browser } from 'wxt/browser';
import { isRequest } from '../../data/messaging/messages';
import { defineBackground } from 'wxt/utils/define-background';
import { saveSelection } from './save-selection';
import { ensureInterviewCards } from '../../data/practice/practice';
import { interviewQuestionIds } from '../../data/practice/practice-items';
import { refreshBadge, watchDueCount } from './badge';
import { handleRequest, MALFORMED } from './messages';
import { callerOf } from '../../data/messaging/sender';
import { takeWelcome } from '../../data/records/welcome';
import { confirmPanel } from './sidebar';
import { toggleSidebarInActiveTab } from './sidebar';

const SAVE_MENU_ID = 'save-selection';

async function saveFromActiveTab() {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return saveSelection({ tab });
}

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    // Once, on a new install; never on an update or a browser update.
    if (reason === 'install') {
      void takeWelcome().then(async (show) => {
        if (show) await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
      });
    }
    browser.contextMenus.create({
      id: SAVE_MENU_ID,
      title: 'Save selection to DevRecall',
      contexts: ['selection'],
    });
    void ensureInterviewCards(interviewQuestionIds).then(refreshBadge);
  });
  browser.runtime.onStartup.addListener(() => void refreshBadge());
  // Cards fall due with time, not only with writes: recount when the user switches tabs.
  browser.tabs.onActivated.addListener(() => void refreshBadge());
  watchDueCount();

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== SAVE_MENU_ID) return;
    void saveSelection({
      tab,
      menuText: info.selectionText,
      pageUrl: info.frameUrl ?? info.pageUrl,
      frameId: info.frameId,
    });
  });

  browser.commands.onCommand.addListener((command) => {
    if (command === 'save-selection') void saveFromActiveTab();
    if (command === 'toggle-sidebar') void toggleSidebarInActiveTab();
  });

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // Only our own content scripts and pages can message us; web pages cannot at all.
    if (sender.id !== browser.runtime.id) return false;
    if (!isRequest(message)) {
      sendResponse({ ok: false, error: MALFORMED });
      return false;
    }
    const caller = callerOf(sender, browser.runtime.id);
    void handleRequest(message, caller, confirmPanel).then(sendResponse);
    return true;
  });

  // The same entry points the menu and the shortcut use, reachable from the service worker's
  // console (and the end-to-end tests, which cannot click browser menus).
  Object.assign(globalThis, {
    devrecall: { saveSelection, saveFromActiveTab, toggleSidebarInActiveTab },
  });
});
