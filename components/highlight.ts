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
