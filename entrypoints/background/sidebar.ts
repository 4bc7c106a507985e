import { browser } from 'wxt/browser';
import type { SidebarCommand } from '../../data/messaging/messages';

export async function toggleSidebarInActiveTab(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (tab?.id === undefined) return;
  const command: SidebarCommand = { type: 'sidebar:toggle' };
  // Tabs that are not docs pages have no listener; that is not an error.
  await browser.tabs.sendMessage(tab.id, command).catch(() => undefined);
}
