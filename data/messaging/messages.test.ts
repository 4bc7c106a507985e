import { describe, expect, it } from 'vitest';
import { isRequest } from './messages';

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
    expect(isRequest({ type: 'page:items', url: page.url })).toBe(true);
    expect(isRequest({ type: 'page:add-note', title: 'a', body: '', pageUrl: page.url })).toBe(
      true,
    );
  });

  it('rejects unknown types and malformed fields', () => {
    expect(isRequest(null)).toBe(false);
    expect(isRequest('sidebar:init')).toBe(false);
    expect(isRequest({ type: 'db:clear' })).toBe(false);
    expect(isRequest({ type: 'sidebar:init', page: { ...page, headings: [1] } })).toBe(false);
    expect(isRequest({ type: 'sidebar:set-open', open: 'yes' })).toBe(false);
    expect(isRequest({ type: 'page:add-note', title: 'a', pageUrl: page.url })).toBe(false);
  });
});
