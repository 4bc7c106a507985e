import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import javascript from 'highlight.js/lib/languages/javascript';
import python from 'highlight.js/lib/languages/python';
import sql from 'highlight.js/lib/languages/sql';
import typescript from 'highlight.js/lib/languages/typescript';
import xml from 'highlight.js/lib/languages/xml';

hljs.registerLanguage('python', python);
hljs.registerLanguage('bash', bash);
hljs.registerLanguage('javascript', javascript);
hljs.registerLanguage('typescript', typescript);
hljs.registerLanguage('sql', sql);
hljs.registerLanguage('xml', xml);

/** Highlighted HTML for code in a known language, or undefined when the language is not bundled. */
export function highlightCode(code: string, lang: string): string | undefined {
  const language = hljs.getLanguage(lang) ? lang : undefined;
  if (!language) return undefined;
  return hljs.highlight(code, { language, ignoreIllegals: true }).value;
}

export const canHighlight = (lang: string) => hljs.getLanguage(lang) !== undefined;

/** highlight.js slows down sharply on long unbroken runs: longer lines are shown as plain text. */
const MAX_HIGHLIGHTED_LINE = 1_000;
/** About what highlight.js does in a few milliseconds: code is highlighted this much per task, a few milliseconds on a slow machine. */
const CHUNK_CHARS = 3_000;

export interface CodeChunk {
  text: string;
  highlight: boolean;
}

/**
 * Whole lines of `code` in runs small enough to highlight in one short task, so large code never
 * blocks the page; joined, the chunks are exactly `code`.
 */
export function codeChunks(code: string): CodeChunk[] {
  const chunks: CodeChunk[] = [];
  let run = '';
  const flush = () => {
    if (run) chunks.push({ text: run, highlight: true });
    run = '';
  };
  for (const line of code.match(/[^\n]*\n|[^\n]+$/g) ?? []) {
    if (line.length > MAX_HIGHLIGHTED_LINE) {
      flush();
      chunks.push({ text: line, highlight: false });
      continue;
    }
    // A chunk starts at an unindented line where it can, so it is highlighted with its context.
    const full = run.length + line.length > CHUNK_CHARS;
    if ((full && !/^\s/.test(line)) || run.length + line.length > 2 * CHUNK_CHARS) flush();
    run += line;
  }
  flush();
  return chunks;
}

/** Code that can be highlighted at once without a long task. */
export const highlightsAtOnce = (code: string) => {
  const chunks = codeChunks(code);
  return chunks.length <= 1 && (chunks[0]?.highlight ?? true);
};
