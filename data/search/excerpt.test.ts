import { describe, expect, it } from 'vitest';
import { bestLine, markTerms } from './excerpt';
import type { SearchDoc } from './types';

const doc: SearchDoc = {
  id: 'django/orm',
  kind: 'section',
  title: 'ORM Queries',
  context: 'Django',
  keywords: [],
  text: 'Use select_related for foreign keys.',
  code: "Post.objects.all()\n    Post.objects.select_related('author', 'category')  # JOIN (ForeignKey)",
};

describe('markTerms', () => {
  it('marks every occurrence case-insensitively and merges overlaps', () => {
    expect(markTerms('Select select_related', ['select', 'select_related'])).toEqual([
      [0, 6],
      [7, 21],
    ]);
  });
});

describe('bestLine', () => {
  it('prefers the line with the most distinct matched terms, without its indentation', () => {
    const excerpt = bestLine(doc, ['select_related', 'foreignkey']);
    expect(excerpt?.code).toBe(true);
    expect(excerpt?.text.startsWith('Post.objects.select_related')).toBe(true);
    const marked = excerpt?.ranges.map(([s, e]) => excerpt.text.slice(s, e));
    expect(marked).toEqual(['select_related', 'ForeignKey']);
  });

  it('clips long lines around the match with ellipses', () => {
    const long = { ...doc, code: 'x'.repeat(300) + ' needle ' + 'y'.repeat(300) };
    const excerpt = bestLine(long, ['needle']);
    expect(excerpt?.text.length).toBeLessThanOrEqual(74);
    expect(excerpt?.text.startsWith('…')).toBe(true);
    expect(excerpt?.text.endsWith('…')).toBe(true);
    const [range] = excerpt?.ranges ?? [];
    expect(range && excerpt?.text.slice(...range)).toBe('needle');
  });

  it('returns nothing when no line matches', () => {
    expect(bestLine(doc, ['zzz'])).toBeUndefined();
  });
});
