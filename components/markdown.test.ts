// @vitest-environment jsdom
// DOMPurify needs a standards-complete DOM to be tested meaningfully.
import DOMPurify from 'dompurify';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown';

const render = (source: string) => {
  const host = document.createElement('div');
  host.replaceChildren(DOMPurify.sanitize(renderMarkdown(source), { RETURN_DOM_FRAGMENT: true }));
  return host;
};

describe('note Markdown', () => {
  it('renders headings, lists and highlighted code', () => {
    const host = render('# Title\n\n- one\n- two\n\n```python\ndef f():\n    return 1\n```');
    expect(host.querySelector('h1')?.textContent).toBe('Title');
    expect(host.querySelectorAll('li')).toHaveLength(2);
    expect(host.querySelector('pre code')?.textContent).toBe('def f():\n    return 1');
    expect(host.querySelector('.hljs-keyword')?.textContent).toBe('def');
  });

  it('shows raw HTML as text and leaves no script, handler or javascript: link', () => {
    const host = render(
      '<img src=x onerror=alert(1)>\n\n<script>alert(1)</script>\n\n[click](javascript:alert(1)) <a href="javascript:alert(2)">x</a>',
    );
    expect(host.querySelector('img, script')).toBeNull();
    expect(host.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(host.textContent).toContain('<script>alert(1)</script>');
    for (const link of host.querySelectorAll('a')) {
      expect(link.getAttribute('href') ?? '').not.toMatch(/^javascript:/i);
    }
    const handlers = [...host.querySelectorAll('*')].flatMap((el) =>
      el.getAttributeNames().filter((name) => name.startsWith('on')),
    );
    expect(handlers).toEqual([]);
  });

  it('links web and in-app addresses only; any other link stays as typed', () => {
    const host = render(
      '[docs](https://docs.djangoproject.com/) [mine](#/mine) [a](javascript:alert(1)) ' +
        '<javascript:alert(2)> [v](vbscript:msgbox(1)) [d](data:text/html,x) [m](mailto:a@b.c)',
    );
    expect([...host.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      'https://docs.djangoproject.com/',
      '#/mine',
    ]);
    for (const typed of [
      '[a](javascript:alert(1))',
      '<javascript:alert(2)>',
      '[v](vbscript:msgbox(1))',
      '[d](data:text/html,x)',
      '[m](mailto:a@b.c)',
    ]) {
      expect(host.textContent).toContain(typed);
    }
  });
});
