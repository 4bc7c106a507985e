import { describe, expect, it } from 'vitest';
import { isSafeHref, isWebUrl } from './safe-url';

describe('isSafeHref', () => {
  it('keeps web and in-app addresses', () => {
    for (const href of [
      'https://docs.djangoproject.com/en/5.2/',
      'http://localhost:8000/admin/',
      '#/note/abc',
      '/library.html#/section/django/orm',
      'library.html',
      '?q=orm',
    ]) {
      expect(isSafeHref(href), href).toBe(true);
    }
  });

  it('refuses every other scheme however it is written', () => {
    for (const href of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      '\u0000javascript:alert(1)',
      'vbscript:msgbox(1)',
      'data:text/html,<script>alert(1)</script>',
      'mailto:a@b.c',
      'file:///etc/passwd',
      '//evil.example/x',
      'chrome-extension://abc/library.html',
    ]) {
      expect(isSafeHref(href), href).toBe(false);
    }
  });
});

describe('isWebUrl', () => {
  it('is true for absolute http(s) addresses only', () => {
    expect(isWebUrl('https://example.com/a')).toBe(true);
    expect(isWebUrl('#/note/x')).toBe(false);
    expect(isWebUrl('javascript:alert(1)')).toBe(false);
  });
});
