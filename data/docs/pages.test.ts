import { describe, expect, it } from 'vitest';
import { normalisePageUrl } from './pages';

describe('normalisePageUrl', () => {
  it.each([
    ['docs.djangoproject.com/en/5.2/', 'https://docs.djangoproject.com/en/5.2/'],
    ['  https://example.com/a#b ', 'https://example.com/a#b'],
    ['http://localhost:8000/admin/', 'http://localhost:8000/admin/'],
    ['localhost:8000/admin/', 'https://localhost:8000/admin/'],
    ['//example.com/x', 'https://example.com/x'],
  ])('makes %s absolute', (typed, url) => {
    expect(normalisePageUrl(typed)).toBe(url);
  });

  it('leaves an empty address empty', () => {
    expect(normalisePageUrl('  ')).toBeUndefined();
  });

  it.each(['not a web address', 'javascript:alert(1)', 'ftp://example.com/', 'intranet'])(
    'refuses %s with a sentence',
    (typed) => {
      expect(() => normalisePageUrl(typed)).toThrow(/is not a web address/);
    },
  );
});
