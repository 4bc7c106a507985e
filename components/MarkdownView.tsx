import { useMemo } from 'react';
import { renderMarkdown } from './markdown';
import { SafeHtml } from './SafeHtml';

/** `images: false` shows images as links that load nothing until clicked (stacks from others). */
export function MarkdownView({ source, images = true }: { source: string; images?: boolean }) {
  const html = useMemo(() => renderMarkdown(source, { images }), [source, images]);
  return <SafeHtml className="markdown" html={html} />;
}
