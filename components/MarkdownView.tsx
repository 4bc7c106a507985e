import { useMemo } from 'react';
import { renderMarkdown } from './markdown';
import { SafeHtml } from './SafeHtml';

export function MarkdownView({ source }: { source: string }) {
  const html = useMemo(() => renderMarkdown(source), [source]);
  return <SafeHtml className="markdown" html={html} />;
}
