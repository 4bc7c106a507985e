import { Marked } from 'marked';
import { highlightCode } from './highlight';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Markdown for the user's notes. Raw HTML in a note is shown as text, not interpreted; the output
 * still goes through the sanitiser in `SafeHtml` before it reaches the page.
 */
const markdown = new Marked({
  gfm: true,
  breaks: true,
  async: false,
  renderer: {
    html: ({ text }) => escapeHtml(text),
    code: ({ text, lang }) => {
      const language = (lang ?? '').split(/\s/)[0] ?? '';
      const body = highlightCode(text, language) ?? escapeHtml(text);
      return `<pre><code class="hljs language-${escapeHtml(language)}">${body}</code></pre>`;
    },
  },
});

export function renderMarkdown(source: string): string {
  return markdown.parse(source) as string;
}
