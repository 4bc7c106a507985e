import { describe, expect, it } from 'vitest';
import { languageFromHint, selectionProblem, snippetLanguage } from './capture';
import { MAX_SNIPPET_CHARS } from '../records/snippets';

describe('capture', () => {
  it('reads the language a page declares on its code block', () => {
    expect(languageFromHint('highlight-python notranslate')).toBe('python');
    expect(languageFromHint('hljs language-ts')).toBe('typescript');
    expect(languageFromHint('highlight-console')).toBe('bash');
    expect(languageFromHint('highlight-unknownlang')).toBeUndefined();
    expect(languageFromHint(undefined)).toBeUndefined();
  });

  it('falls back to detection when the page declares nothing', () => {
    const page = { url: 'https://example.com', title: 'x' };
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
