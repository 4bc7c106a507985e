import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { readDocsPage } from '../../data/docs/docs-page';
import { ask } from '../../data/messaging/ask';
import type { PanelMessage, SidebarCommand } from '../../data/messaging/messages';
import type { PageContext } from '../../data/docs/docs-page';
import { createSidebar } from './sidebar';

export default defineContentScript({
  matches: ['https://docs.djangoproject.com/*'],
  runAt: 'document_idle',
  async main() {
    performance.mark('devrecall:start');
    const page = readDocsPage(document, location.href);
    const init = await ask({ type: 'sidebar:init', page });
    if (!init?.enabled) return;

    const sidebar = createSidebar({
      count: init.count,
      panelUrl: (theme) => panelUrl(page, theme),
      onOpenChange: (open) => void ask({ type: 'sidebar:set-open', open }),
    });
    performance.mark('devrecall:launcher');
    if (init.open) sidebar.open();

    browser.runtime.onMessage.addListener((message: SidebarCommand) => {
      if (message?.type === 'sidebar:toggle') sidebar.toggle();
    });
    window.addEventListener('message', (event: MessageEvent<PanelMessage>) => {
      if (!sidebar.isPanel(event.source) || event.data?.devrecall !== 'close') return;
      sidebar.close();
    });
  },
});

function panelUrl(page: PageContext, theme: string): string {
  const state = encodeURIComponent(JSON.stringify({ page, theme }));
  return `${browser.runtime.getURL('/docs-panel.html')}#${state}`;
}
