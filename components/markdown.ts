import { Marked } from 'marked';
import { highlightCode, highlightsAtOnce } from './highlight';
import { isSafeHref } from './safe-url';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Markdown for the user's notes. Raw HTML in a note is shown as text, not interpreted, and so is a
 * link to anything but an http(s) or in-app address (`[x](javascript:…)` stays as typed); the
 * output still goes through the sanitiser in `SafeHtml` before it reaches the page.
 */
const options = {
  gfm: true,
  breaks: true,
  async: false,
  renderer: {
    html: ({ text }: { text: string }) => escapeHtml(text),
    // `false` hands a safe link to marked's own renderer.
    link: ({ href, raw }: { href: string; raw: string }) =>
      isSafeHref(href) ? false : escapeHtml(raw),
    // The same frame as bundled code (language label and Copy button); `MarkdownView` copies.
    code: ({ text, lang }: { text: string; lang?: string }) => {
      const language = (lang ?? '').split(/\s/)[0] ?? '';
      const label = escapeHtml(language);
      // A note's HTML is made at once: code too large to highlight quickly stays plain.
      const body = (highlightsAtOnce(text) && highlightCode(text, language)) || escapeHtml(text);
      return (
        `<figure class="code-block"><figcaption><span class="code-lang">${label || 'text'}</span>` +
        `<button type="button" class="copy-button" aria-label="Copy code">Copy</button></figcaption>` +
        `<pre><code class="hljs language-${label}">${body}</code></pre></figure>`
      );
    },
  },
} as const;

const markdown = new Marked(options);

/** For stacks from others: an image becomes a link, so nothing is fetched until the user clicks. */
const withoutImages = new Marked({
  ...options,
  renderer: {
    ...options.renderer,
    image: ({ href, text }) =>
      `<a class="image-link" href="${escapeHtml(href)}" target="_blank" rel="noreferrer">Image: ${escapeHtml(text || href)}</a>`,
  },
});

export function renderMarkdown(source: string, { images = true } = {}): string {
  return (images ? markdown : withoutImages).parse(source) as string;
}
