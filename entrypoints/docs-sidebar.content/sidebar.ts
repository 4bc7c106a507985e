import type { PanelMessage } from '../../data/messaging/messages';

export interface SidebarOptions {
  count: number;
  /** The panel's address, carrying the secret that lets it act for this page. */
  panelUrl: (secret: string, theme: string) => string;
  onOpenChange: (open: boolean) => void;
}

export interface Sidebar {
  open: () => void;
  close: () => void;
  toggle: () => void;
  isPanel: (source: MessageEventSource | null) => boolean;
  /** Tells the panel the docs page's theme, e.g. once it listens. */
  syncTheme: () => void;
  /**
   * Whether `secret` is the one given to this script's panel. The first frame to present it keeps
   * it, so a page script that navigates the panel frame or frames the panel itself has nothing.
   */
  claimPanel: (secret: string, frameId: number) => boolean;
}

/** The docs site's theme: `auto`, `light` or `dark` on <html data-theme>. */
export const docsTheme = () => {
  const theme = document.documentElement.dataset.theme;
  return theme === 'light' || theme === 'dark' ? theme : 'system';
};

const STYLE = `
:host { all: initial; }
.launcher {
  position: fixed; z-index: 2147483646; right: 0; top: 50%; transform: translateY(-50%);
  display: flex; flex-direction: column; align-items: center; gap: 4px;
  padding: 10px 6px; border: 1px solid #0b6e4f; border-right: none; border-radius: 8px 0 0 8px;
  background: #0b6e4f; color: #fff; cursor: pointer;
  font: 600 12px/1.2 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  box-shadow: 0 2px 10px rgba(0, 0, 0, 0.2);
}
.launcher:focus-visible { outline: 3px solid #3ecf8e; outline-offset: 2px; }
.launcher .label { writing-mode: vertical-rl; letter-spacing: 0.04em; }
.launcher .count {
  min-width: 18px; padding: 1px 4px; border-radius: 9px; background: #fff; color: #0b6e4f;
  text-align: center; box-sizing: border-box;
}
:host([data-theme='dark']) .launcher { background: #17191c; color: #e6e8eb; border-color: #3ecf8e; }
:host([data-theme='dark']) .launcher .count { background: #3ecf8e; color: #0b1410; }
.panel {
  position: fixed; z-index: 2147483647; top: 0; right: 0; height: 100vh;
  width: min(420px, 92vw); border: none; border-left: 1px solid #d9dde3;
  box-shadow: -8px 0 24px rgba(0, 0, 0, 0.18); background: #fff; color-scheme: light;
}
:host([data-theme='dark']) .panel { background: #17191c; border-color: #343941; color-scheme: dark; }
.panel[hidden], .launcher[hidden] { display: none; }
@media (prefers-color-scheme: dark) {
  :host(:not([data-theme='light'])) .launcher { background: #17191c; color: #e6e8eb; border-color: #3ecf8e; }
  :host(:not([data-theme='light'])) .launcher .count { background: #3ecf8e; color: #0b1410; }
  :host(:not([data-theme='light'])) .panel { background: #17191c; border-color: #343941; }
}
`;

/**
 * The launcher and panel live in a closed shadow root on <html>, positioned fixed, so the docs'
 * own layout never moves, its CSS cannot reach in and its scripts cannot read the count or the
 * panel's address. The panel is an extension page in an iframe: user data renders in the
 * extension's origin, out of the docs page's reach.
 */
export function createSidebar({ count, panelUrl, onOpenChange }: SidebarOptions): Sidebar {
  const host = document.createElement('devrecall-sidebar');
  // Inline !important outranks any stylesheet rule the page might aim at our element.
  host.style.cssText =
    'all: initial !important; display: block !important; visibility: visible !important; opacity: 1 !important;';
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = STYLE;

  const launcher = document.createElement('button');
  launcher.className = 'launcher';
  launcher.type = 'button';
  launcher.setAttribute('aria-expanded', 'false');
  launcher.setAttribute(
    'aria-label',
    `DevRecall: ${count} related ${count === 1 ? 'item' : 'items'}. Open the panel.`,
  );
  launcher.title = 'Related notes (Alt+Shift+E)';
  const label = document.createElement('span');
  label.className = 'label';
  label.textContent = 'DevRecall';
  const badge = document.createElement('span');
  badge.className = 'count';
  badge.textContent = String(count);
  launcher.append(badge, label);
  root.append(style, launcher);

  const secret = crypto.randomUUID();
  let panelFrameId: number | undefined;
  let panel: HTMLIFrameElement | undefined;
  const syncTheme = () => {
    host.dataset.theme = docsTheme();
    const message: PanelMessage = { devrecall: 'theme', theme: docsTheme() };
    // Any origin: the panel loads from a per-session address whose origin differs from the
    // document's, and the theme is the docs page's own setting, nothing private.
    panel?.contentWindow?.postMessage(message, '*');
  };
  syncTheme();
  new MutationObserver(syncTheme).observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['data-theme'],
  });

  const open = () => {
    if (!panel) {
      panel = document.createElement('iframe');
      panel.className = 'panel';
      panel.title = 'DevRecall related notes';
      panel.src = panelUrl(secret, docsTheme());
      // A framed page may write to the clipboard only where its frame allows it (Copy buttons).
      // Any origin: the panel's real one is the extension's id, which the per-session address
      // keeps from the page; whatever else the frame could hold, the docs page may write the
      // clipboard itself.
      panel.allow = 'clipboard-write *';
      root.append(panel);
    }
    panel.hidden = false;
    launcher.hidden = true;
    launcher.setAttribute('aria-expanded', 'true');
    panel.focus();
    onOpenChange(true);
  };
  const close = () => {
    if (!panel || panel.hidden) return;
    panel.hidden = true;
    launcher.hidden = false;
    launcher.setAttribute('aria-expanded', 'false');
    launcher.focus();
    onOpenChange(false);
  };

  // A docs page script can dispatch clicks on any element: only the user's own count.
  launcher.addEventListener('click', (event) => event.isTrusted && open());
  document.documentElement.append(host);
  return {
    open,
    close,
    toggle: () => (panel && !panel.hidden ? close() : open()),
    isPanel: (source) => panel !== undefined && source === panel.contentWindow,
    syncTheme,
    claimPanel: (presented, frameId) => {
      if (!panel || presented !== secret) return false;
      panelFrameId ??= frameId;
      return panelFrameId === frameId;
    },
  };
}
