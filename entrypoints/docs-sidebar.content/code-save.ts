import type { CodeSaved } from '../../data/messaging/messages';
import { MAX_SNIPPET_CHARS } from '../../data/records/limits';

export interface CodeToSave {
  text: string;
  title: string;
  /** The class naming the block's language on the docs site, e.g. `highlight-python notranslate`. */
  languageHint?: string;
}

export type SaveCode = (code: CodeToSave) => Promise<CodeSaved | { error: string }>;

const STYLE = `
:host { all: initial; display: block; position: relative; height: 0; z-index: 2; }
button {
  position: absolute; top: 4px; right: 4px; opacity: 0; cursor: pointer;
  padding: 2px 10px; border: 1px solid #0b6e4f; border-radius: 6px;
  background: #fff; color: #0b6e4f;
  font: 600 12px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  transition: opacity 0.1s;
}
:host([data-shown]) button, button:focus-visible { opacity: 1; }
button:focus-visible { outline: 3px solid #3ecf8e; outline-offset: 1px; }
button[data-state='saved'] { background: #0b6e4f; color: #fff; }
button[data-state='failed'] { border-color: #b42318; color: #b42318; }
:host([data-theme='dark']) button { background: #17191c; color: #3ecf8e; border-color: #3ecf8e; }
:host([data-theme='dark']) button[data-state='saved'] { background: #3ecf8e; color: #0b1410; }
@media (prefers-color-scheme: dark) {
  :host(:not([data-theme='light'])) button { background: #17191c; color: #3ecf8e; border-color: #3ecf8e; }
  :host(:not([data-theme='light'])) button[data-state='saved'] { background: #3ecf8e; color: #0b1410; }
}
`;

const LABEL = 'Save';
const LABEL_MS = 2500;

/** The element naming a block's language: Sphinx wraps `div.highlight` in `div.highlight-<lang>`. */
function languageClass(block: Element): string | undefined {
  for (let node = block.parentElement; node && node !== document.body; node = node.parentElement) {
    const classes = node.getAttribute('class') ?? '';
    if (/\bhighlight-/.test(classes)) return classes;
  }
  return undefined;
}

/**
 * Puts a "Save" button on each code block of a docs page, shown while the pointer is over the
 * block or the button has keyboard focus. Each sits in its own closed shadow root placed before
 * the block's <pre>, so the page's styles and scripts cannot reach it and the docs' layout is
 * untouched. Returns a function that removes them.
 */
export function addCodeSaveButtons(doc: Document, save: SaveCode, theme: () => string): () => void {
  const hosts: HTMLElement[] = [];
  for (const pre of doc.querySelectorAll<HTMLPreElement>('div.highlight > pre')) {
    const block = pre.parentElement as HTMLElement;
    const host = doc.createElement('devrecall-code-save');
    const root = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = STYLE;
    const button = doc.createElement('button');
    button.type = 'button';
    button.textContent = LABEL;
    button.setAttribute('aria-label', 'Save this code to DevRecall');
    button.title = 'Save this code to DevRecall';
    root.append(style, button);
    host.dataset.theme = theme();

    const show = (shown: boolean) => {
      host.dataset.theme = theme();
      host.toggleAttribute('data-shown', shown);
    };
    block.addEventListener('mouseenter', () => show(true));
    block.addEventListener('mouseleave', () => show(false));

    let reset: ReturnType<typeof setTimeout> | undefined;
    const tell = (label: string, state: 'saved' | 'failed', message: string) => {
      button.textContent = label;
      button.dataset.state = state;
      button.title = message;
      clearTimeout(reset);
      reset = setTimeout(() => {
        button.textContent = LABEL;
        delete button.dataset.state;
        button.title = 'Save this code to DevRecall';
      }, LABEL_MS);
    };
    // A docs page script can dispatch clicks on any element: only the reader's own.
    button.addEventListener('click', (event) => {
      if (!event.isTrusted) return;
      const text = pre.textContent ?? '';
      if (text.length > MAX_SNIPPET_CHARS) {
        const size = `${Math.ceil(text.length / 1000)} KB`;
        tell('Too large', 'failed', `This block is ${size}; DevRecall saves up to 100 KB.`);
        return;
      }
      button.textContent = 'Saving…';
      void save({ text, title: doc.title, languageHint: languageClass(block) }).then((answer) => {
        if ('error' in answer) tell('Not saved', 'failed', answer.error);
        else if (!answer.saved) tell('Not saved', 'failed', answer.message);
        else tell(answer.existing ? 'Already saved' : 'Saved ✓', 'saved', answer.message);
      });
    });
    block.insertBefore(host, pre);
    hosts.push(host);
  }
  return () => hosts.forEach((host) => host.remove());
}
