// Functions injected into the user's page with scripting.executeScript. Each must be
// self-contained: it is serialised and runs in the page, without this module's imports.

export interface RawSelection {
  text: string;
  url: string;
  title: string;
  languageHint?: string;
  /** Set instead of `text` when the selection is over the limit, so it never crosses processes. */
  tooLargeLength?: number;
}

/** The selection exactly as laid out (newlines and indentation of a <pre> survive), and its source. */
export function readSelection(maxChars: number): RawSelection {
  const active = document.activeElement;
  let text = '';
  if (
    active instanceof HTMLTextAreaElement ||
    (active instanceof HTMLInputElement && /^(text|search|url)$/.test(active.type))
  ) {
    text = active.value.slice(active.selectionStart ?? 0, active.selectionEnd ?? 0);
  }
  const selection = window.getSelection();
  if (!text && selection && !selection.isCollapsed) {
    const range = selection.getRangeAt(0);
    const container = range.commonAncestorContainer;
    const element = container instanceof Element ? container : container.parentElement;
    // Inside preformatted code the DOM text is the truth (Selection.toString drops a final
    // newline); elsewhere the rendered text reads better than raw markup whitespace.
    text = element?.closest('pre, textarea') ? range.toString() : selection.toString();
  }

  let languageHint: string | undefined;
  const anchor = selection?.anchorNode;
  let node: Element | null | undefined = anchor instanceof Element ? anchor : anchor?.parentElement;
  for (; node && node !== document.body; node = node.parentElement) {
    const classes = node.getAttribute('class') ?? '';
    if (/\b(language|lang|highlight|brush)-/.test(classes)) {
      languageHint = classes;
      break;
    }
  }
  const base = { url: location.href, title: document.title, languageHint };
  return text.length > maxChars
    ? { ...base, text: '', tooLargeLength: text.length }
    : { ...base, text };
}

/** A short notice in the page's corner, isolated from the page's styles in a shadow root. */
export function showNotice(message: string, ok: boolean, snippetId?: string): void {
  const id = 'devrecall-notice';
  document.getElementById(id)?.remove();
  const host = document.createElement('div');
  host.id = id;
  const root = host.attachShadow({ mode: 'open' });
  const box = document.createElement('div');
  box.setAttribute('role', 'status');
  box.textContent = message;
  box.style.cssText = [
    'position:fixed',
    'z-index:2147483647',
    'right:16px',
    'bottom:16px',
    'max-width:360px',
    'padding:10px 14px',
    'border-radius:8px',
    'font:14px/1.4 system-ui,sans-serif',
    'box-shadow:0 6px 20px rgba(0,0,0,.25)',
    `background:${ok ? '#0b6e4f' : '#b42318'}`,
    'color:#fff',
  ].join(';');
  root.append(box);
  if (snippetId) {
    const open = document.createElement('button');
    open.textContent = 'Open it';
    open.style.cssText =
      'margin-left:10px;padding:2px 8px;border:1px solid #fff;border-radius:4px;background:none;color:#fff;font:inherit;cursor:pointer';
    open.addEventListener('click', () => {
      void chrome.runtime.sendMessage({ type: 'snippet:open', id: snippetId });
      host.remove();
    });
    box.append(open);
  }
  document.documentElement.append(host);
  // Long enough to reach the button when there is one.
  setTimeout(() => host.remove(), snippetId ? 8000 : 4000);
}
