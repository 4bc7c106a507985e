// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SafeHtml } from './SafeHtml';

describe('SafeHtml', () => {
  it('keeps web and in-app links and turns any other link into its text', () => {
    const { container } = render(
      <SafeHtml
        html={
          '<p><a href="javascript:alert(1)">run</a> <a href=" DATA:text/html,x">data</a> ' +
          '<a href="vbscript:x">vb</a> <a href="tel:1">tel</a> <a id="setup">anchor</a> ' +
          '<a href="https://example.com/">web</a> <a href="#/mine">mine</a></p>'
        }
      />,
    );
    const links = [...container.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      null,
      'https://example.com/',
      '#/mine',
    ]);
    expect(links[0]?.id).toBe('setup');
    expect(container.textContent).toBe('run data vb tel anchor web mine');
  });
});
