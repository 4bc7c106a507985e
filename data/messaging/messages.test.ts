import { describe, expect, it } from 'vitest';
import { isRequest, isSidebarCommand, MAX_TEXT } from './messages';

describe('isRequest', () => {
  const page = {
    url: 'https://docs.djangoproject.com/en/5.2/',
    title: 't',
    headings: ['h'],
    text: '',
  };

  it('accepts well-formed requests', () => {
    expect(isRequest({ type: 'sidebar:init', page })).toBe(true);
    expect(isRequest({ type: 'sidebar:set-open', open: false })).toBe(true);
    expect(isRequest({ type: 'panel:init', panel: 'secret' })).toBe(true);
    expect(isRequest({ type: 'page:items' })).toBe(true);
    expect(isRequest({ type: 'page:items', panel: 's', url: page.url })).toBe(true);
    expect(isRequest({ type: 'page:add-note', title: 'a', body: '', pageUrl: page.url })).toBe(
      true,
    );
    expect(isRequest({ type: 'badge:refresh' })).toBe(true);
    expect(isRequest({ type: 'docs:save-code', text: 'x = 1\n', title: 't' })).toBe(true);
    const saveId = crypto.randomUUID();
    expect(isRequest({ type: 'docs:save-code', text: 'x', title: 't', saveId })).toBe(true);
    expect(isRequest({ type: 'page:add-note', title: 'a', body: '', saveId })).toBe(true);
    expect(
      isRequest({ type: 'docs:save-code', text: 'x', title: 't', languageHint: 'highlight-py' }),
    ).toBe(true);
  });

  it('rejects unknown types and malformed fields', () => {
    expect(isRequest(null)).toBe(false);
    expect(isRequest([])).toBe(false);
    expect(isRequest('sidebar:init')).toBe(false);
    expect(isRequest({ type: 'db:clear' })).toBe(false);
    expect(isRequest({ type: 'toString' })).toBe(false);
    expect(isRequest({ type: 'sidebar:init', page: { ...page, headings: [1] } })).toBe(false);
    expect(isRequest({ type: 'sidebar:init', page: null })).toBe(false);
    expect(isRequest({ type: 'sidebar:set-open', open: 'yes' })).toBe(false);
    expect(isRequest({ type: 'panel:init' })).toBe(false);
    expect(isRequest({ type: 'page:items', url: 42 })).toBe(false);
    expect(isRequest({ type: 'page:add-note', title: 'a', pageUrl: page.url })).toBe(false);
    expect(isRequest({ type: 'docs:save-code', text: 1, title: 't' })).toBe(false);
    expect(isRequest({ type: 'docs:save-code', text: 'x', title: 't', saveId: 'note-1' })).toBe(
      false,
    );
    expect(isRequest({ type: 'docs:save-code', text: 'x'.repeat(100_001), title: 't' })).toBe(
      false,
    );
  });

  it('checks the sections a page context may carry', () => {
    const part = { anchor: 'values', title: 'values()', depth: 2, text: 't', marks: [] };
    const mark = { kind: 'changed', version: '5.2', index: 0 };
    const withParts = (parts: unknown) => ({ type: 'sidebar:init', page: { ...page, parts } });
    expect(isRequest(withParts([{ ...part, marks: [mark] }]))).toBe(true);
    expect(isRequest(withParts([{ ...part, marks: [{ ...mark, kind: 'added' }] }]))).toBe(false);
    expect(isRequest(withParts([{ ...part, depth: '2' }]))).toBe(false);
    expect(isRequest(withParts([{ ...part, text: 'x'.repeat(MAX_TEXT + 1) }]))).toBe(false);
    expect(isRequest(withParts('values'))).toBe(false);
  });

  it('rejects fields a request does not have', () => {
    expect(isRequest({ type: 'badge:refresh', url: page.url })).toBe(false);
    expect(isRequest({ type: 'sidebar:set-open', open: true, pageUrl: page.url })).toBe(false);
    expect(isRequest({ type: 'page:add-note', title: 'a', body: '', tags: ['x'] })).toBe(false);
  });

  it('rejects oversized page context', () => {
    const long = 'x'.repeat(MAX_TEXT + 1);
    expect(isRequest({ type: 'sidebar:init', page: { ...page, text: long } })).toBe(false);
    expect(isRequest({ type: 'sidebar:init', page: { ...page, headings: [long] } })).toBe(false);
    const many = Array.from({ length: 5_000 }, () => 'h');
    expect(isRequest({ type: 'sidebar:init', page: { ...page, headings: many } })).toBe(false);
    expect(isRequest({ type: 'page:items', url: `https://a.b/${long}` })).toBe(false);
  });
});

describe('isSidebarCommand', () => {
  it('accepts the toggle and the panel check only', () => {
    expect(isSidebarCommand({ type: 'sidebar:toggle' })).toBe(true);
    expect(isSidebarCommand({ type: 'sidebar:panel', panel: 's', frameId: 3 })).toBe(true);
    expect(isSidebarCommand({ type: 'sidebar:panel', panel: 's' })).toBe(false);
    expect(isSidebarCommand(undefined)).toBe(false);
  });
});
