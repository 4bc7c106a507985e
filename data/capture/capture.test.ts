import { describe, expect, it } from 'vitest';
import { selectionProblem, snippetLanguage } from './capture';
import { MAX_SNIPPET_CHARS } from '../records/limits';

describe('capture', () => {
  const page = { url: 'https://example.com', title: 'x' };

  it('takes the language a page declares on its code block', () => {
    const declared = (languageHint: string) =>
      snippetLanguage({ ...page, text: 'some words', languageHint });
    expect(declared('highlight-python notranslate')).toBe('python');
    expect(declared('hljs language-ts')).toBe('typescript');
    expect(declared('highlight-console')).toBe('bash');
    expect(declared('highlight-unknownlang')).toBe('text');
  });

  it('falls back to detection when the page declares nothing', () => {
    expect(snippetLanguage({ ...page, text: 'def f(x):\n    return x\n' })).toBe('python');
    expect(
      snippetLanguage({ ...page, text: 'pip install django', languageHint: 'highlight-sql' }),
    ).toBe('sql');
  });

  it('refuses empty and oversized selections', () => {
    expect(selectionProblem('  \n ')).toEqual({ kind: 'empty' });
    expect(selectionProblem('x'.repeat(MAX_SNIPPET_CHARS + 1))).toEqual({
      kind: 'too-large',
      length: MAX_SNIPPET_CHARS + 1,
    });
    expect(selectionProblem('x'.repeat(MAX_SNIPPET_CHARS))).toBeUndefined();
  });
});
