import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { readDocsPage, readPageParts, versionMarks } from '../../data/docs/docs-page';
import type { PagePart } from '../../data/docs/stale';
import { ask } from '../../data/messaging/ask';
import { isSidebarCommand, type PanelMessage } from '../../data/messaging/messages';
import { addCodeSaveButtons } from './code-save';
import { createSidebar, docsTheme } from './sidebar';

export default defineContentScript({
  matches: ['https://docs.djangoproject.com/*'],
  runAt: 'document_idle',
  async main(ctx) {
    performance.mark('devrecall:start');
    const page = readDocsPage(document, location.href);
    performance.mark('devrecall:read');
    const init = await ask({ type: 'sidebar:init', page });
    if (!init.ok) return;
    const removeCodeButtons = addCodeSaveButtons(
      document,
      async (code) => {
        // One id per click: sent again after a stopped background, the save is not made twice.
        const answer = await ask(
          { type: 'docs:save-code', ...code, saveId: crypto.randomUUID() },
          { retries: 2 },
        );
        return answer.ok ? answer.value : { error: `Not saved. ${answer.error}` };
      },
      docsTheme,
    );
    ctx.onInvalidated(removeCodeButtons);
    if (!init.value.enabled) return;

    const sidebar = createSidebar({
      count: init.value.count,
      panelUrl: (secret, theme) => {
        const state = new URLSearchParams({ panel: secret, theme });
        return `${browser.runtime.getURL('/docs-panel.html')}#${state}`;
      },
      onOpenChange: (open) => void ask({ type: 'sidebar:set-open', open }),
    });
    performance.mark('devrecall:launcher');
    if (init.value.open) sidebar.open();

    // Read when the panel first asks, not before the launcher shows: only the panel needs them.
    let parts: PagePart[] | undefined;
    const timedParts = () => {
      const start = performance.now();
      const read = readPageParts(document);
      performance.measure('devrecall:parts', { start });
      return read;
    };

    // Only the extension reaches this listener (the background, for the shortcut and to check
    // that a panel is the one this script framed); the docs page's scripts cannot. After an update
    // or reload of the extension this script is orphaned: the context stops its listeners so the
    // old copy no longer answers the shortcut or the panel.
    const onCommand = (
      message: unknown,
      _sender: unknown,
      sendResponse: (page: unknown) => void,
    ) => {
      if (!isSidebarCommand(message)) return false;
      if (message.type === 'sidebar:toggle') sidebar.toggle();
      else if (!sidebar.claimPanel(message.panel, message.frameId)) sendResponse(null);
      else sendResponse({ ...page, parts: (parts ??= timedParts()) });
      return false;
    };
    browser.runtime.onMessage.addListener(onCommand);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onCommand));
    ctx.addEventListener(window, 'message', (event: MessageEvent<PanelMessage>) => {
      if (!sidebar.isPanel(event.source)) return;
      if (event.data?.devrecall === 'close') sidebar.close();
      if (event.data?.devrecall === 'ready') sidebar.syncTheme();
      if (event.data?.devrecall === 'show-mark' && Number.isInteger(event.data.mark)) {
        versionMarks(document)[event.data.mark]?.scrollIntoView({ block: 'center' });
      }
    });
  },
});
