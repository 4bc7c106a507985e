import { useMemo, type MouseEvent } from 'react';
import { renderMarkdown } from './markdown';
import { SafeHtml } from './SafeHtml';

const COPIED_MS = 1500;

/** The Copy buttons the renderer puts on code blocks: the block's text, exactly as written. */
async function copyCode(event: MouseEvent<HTMLElement>) {
  const button = (event.target as Element).closest<HTMLButtonElement>('button.copy-button');
  const code = button?.closest('figure.code-block')?.querySelector('pre code');
  if (!button || !code) return;
  try {
    await navigator.clipboard.writeText(code.textContent ?? '');
    button.textContent = 'Copied';
  } catch {
    button.textContent = 'Copy failed';
  }
  setTimeout(() => (button.textContent = 'Copy'), COPIED_MS);
}

/** `images: false` shows images as links that load nothing until clicked (stacks from others). */
export function MarkdownView({ source, images = true }: { source: string; images?: boolean }) {
  const html = useMemo(() => renderMarkdown(source, { images }), [source, images]);
  return (
    <div className="markdown-view" onClick={(event) => void copyCode(event)}>
      <SafeHtml className="markdown" html={html} />
    </div>
  );
}
