import { detectLanguage } from './language';
import { MAX_SNIPPET_CHARS } from '../records/limits';

/** What a page gave us for the user's selection. */
export interface PageSelection {
  text: string;
  url: string;
  title: string;
  /** A class on the surrounding code block, e.g. `language-python` or `highlight-python`. */
  languageHint?: string;
}

const HINT_ALIASES: Record<string, string> = {
  py: 'python',
  python: 'python',
  python3: 'python',
  pycon: 'python',
  js: 'javascript',
  javascript: 'javascript',
  jsx: 'javascript',
  ts: 'typescript',
  tsx: 'typescript',
  typescript: 'typescript',
  sh: 'bash',
  bash: 'bash',
  shell: 'bash',
  console: 'bash',
  shellsession: 'bash',
  sql: 'sql',
  html: 'xml',
  xml: 'xml',
  'html+django': 'xml',
};

/** The language a page declares for its code block (`language-py`, `highlight-python`…), if we know it. */
function languageFromHint(hint: string | undefined): string | undefined {
  for (const cls of hint?.toLowerCase().split(/\s+/) ?? []) {
    const name = /^(?:language|lang|highlight|brush:?)-(.+)$/.exec(cls)?.[1];
    const known = name && HINT_ALIASES[name];
    if (known) return known;
  }
  return undefined;
}

/** Detection looks at the start only: enough to tell, and bounded on a 100 KB selection. */
const DETECTION_WINDOW = 4000;

export function snippetLanguage(selection: PageSelection): string {
  return (
    languageFromHint(selection.languageHint) ??
    detectLanguage(selection.text.slice(0, DETECTION_WINDOW))
  );
}

export type SelectionProblem = { kind: 'empty' } | { kind: 'too-large'; length: number };

export function selectionProblem(text: string): SelectionProblem | undefined {
  if (text.trim() === '') return { kind: 'empty' };
  if (text.length > MAX_SNIPPET_CHARS) return { kind: 'too-large', length: text.length };
  return undefined;
}
