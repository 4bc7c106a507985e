import { browser } from 'wxt/browser';
import { isPageContext, type SidebarCommand } from '../../data/messaging/messages';
import type { ConfirmPanel } from './messages';

export async function toggleSidebarInActiveTab(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (tab?.id === undefined) return;
  const command: SidebarCommand = { type: 'sidebar:toggle' };
  // Tabs that are not docs pages have no listener; that is not an error.
  await browser.tabs.sendMessage(tab.id, command).catch(() => undefined);
}

/** Only the content script in the tab's top frame knows the secret it gave its panel. */
export const confirmPanel: ConfirmPanel = async (tabId, frameId, panel) => {
  const command: SidebarCommand = { type: 'sidebar:panel', panel, frameId };
  const page: unknown = await browser.tabs
    .sendMessage(tabId, command, { frameId: 0 })
    .catch(() => undefined);
  return isPageContext(page) ? page : undefined;
};
