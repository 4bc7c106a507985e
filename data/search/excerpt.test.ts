import { describe, expect, it } from 'vitest';
import {
  bestLine,
  bestLineIndex,
  LineFinder,
  lineTerms,
  markTerms,
  MAX_SCANNED_CHARS,
  scoreLine,
} from './excerpt';
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

const marked = (excerpt: { text: string; ranges: [number, number][] } | undefined) =>
  excerpt?.ranges.map(([s, e]) => excerpt.text.slice(s, e));

const best = (lines: string[], query: string) => lines[bestLineIndex(lines, lineTerms(query))];

describe('markTerms', () => {
  it('marks every occurrence case-insensitively and merges overlaps', () => {
    expect(markTerms('Select select_related', ['select', 'select_related'])).toEqual([
      [0, 6],
      [7, 21],
    ]);
  });
});

describe('lineTerms', () => {
  it('leaves out stop words unless the query has nothing else', () => {
    expect(lineTerms('order of the results')).toEqual(['order', 'results']);
    expect(lineTerms('the')).toEqual(['the']);
  });
});

describe('bestLineIndex', () => {
  it('prefers the line that answers more of the query over the first line with one term', () => {
    const lines = [
      '# Order the results',
      "Post.objects.filter(status='published')",
      "Post.objects.order_by('-created_at')",
    ];
    expect(best(lines, 'order by created')).toBe(lines[2]);
  });

  it('prefers the word itself over a word that merely contains it', () => {
    const lines = ['Prefetching performs one query per relation.', 'from django import forms'];
    expect(best(lines, 'forms')).toBe(lines[1]);
  });

  it('finds an identifier however it is written', () => {
    const lines = ['{% csrf_token %} in the form', '@csrf_exempt', 'def view(request):'];
    for (const query of ['csrf_exempt', 'CsrfExempt', 'csrfexempt', 'csrf-exempt', 'csrf exempt']) {
      expect(best(lines, query)).toBe(lines[1]);
    }
  });

  it('takes another form of a word and a word still being typed', () => {
    expect(best(['Rate limits', 'Throttling requests'], 'throttle')).toBe('Throttling requests');
    const lines = ['Post.objects.all()', "qs.annotate(n=Count('id'))"];
    expect(best(lines, 'annot')).toBe(lines[1]);
  });

  it('matches a one-letter term only as a whole word', () => {
    const lines = ['Foo.objects.filter(x=1)', "Product.objects.update(price=F('price') + 1)"];
    expect(best(lines, 'F')).toBe(lines[1]);
  });

  it('is -1 when no line has a term', () => {
    expect(bestLineIndex(['a', 'b'], ['zzz'])).toBe(-1);
  });
});

describe('scoreLine', () => {
  it('marks the answering words, and an identifier part rather than its whole identifier', () => {
    const line = "Post.objects.select_related('author')";
    const { ranges } = scoreLine(line, lineTerms('related author'));
    expect(ranges.map(([s, e]) => line.slice(s, e))).toEqual(['related', 'author']);
  });
});

describe('bestLine', () => {
  it('shows the best answering line, without its indentation', () => {
    const excerpt = bestLine(doc, 'select_related foreignkey');
    expect(excerpt?.code).toBe(true);
    expect(excerpt?.text.startsWith('Post.objects.select_related')).toBe(true);
    expect(marked(excerpt)).toEqual(['select_related', 'ForeignKey']);
  });

  it('picks prose when prose answers best', () => {
    const excerpt = bestLine(doc, 'foreign keys');
    expect(excerpt).toMatchObject({ text: 'Use select_related for foreign keys.', code: false });
  });

  it('falls back to the terms the search matched when the query has a typo', () => {
    const typo = { ...doc, text: 'Throttling limits the rate of requests.' };
    expect(bestLine(typo, 'throtle')).toBeUndefined();
    expect(marked(bestLine(typo, 'throtle', ['throttling']))).toEqual(['Throttling']);
  });

  it('clips long lines around the match with ellipses', () => {
    const long = { ...doc, code: 'x'.repeat(300) + ' needle ' + 'y'.repeat(300) };
    const excerpt = bestLine(long, 'needle');
    expect(excerpt?.text.length).toBeLessThanOrEqual(74);
    expect(excerpt?.text.startsWith('…')).toBe(true);
    expect(excerpt?.text.endsWith('…')).toBe(true);
    expect(marked(excerpt)).toEqual(['needle']);
  });

  it('returns nothing when no line matches', () => {
    expect(bestLine(doc, 'zzz')).toBeUndefined();
  });
});

describe('LineFinder', () => {
  it('answers each query over an item it has read as a fresh reading does', () => {
    const finder = new LineFinder();
    for (const query of ['select', 'select_related', 'foreign keys', 'all', 'zzz', 'F']) {
      expect(finder.bestLine(doc, query)).toEqual(new LineFinder().bestLine(doc, query));
    }
  });

  it('reads an edited item afresh', () => {
    const finder = new LineFinder();
    expect(marked(finder.bestLine(doc, 'prefetch'))).toBeUndefined();
    const edited = { ...doc, text: 'Use prefetch_related for many-to-many.' };
    expect(marked(finder.bestLine(edited, 'prefetch'))).toEqual(['prefetch']);
  });

  it('reads a very long item only as far as its first MAX_SCANNED_CHARS characters', () => {
    const filler = Array.from({ length: MAX_SCANNED_CHARS / 40 }, () => 'x'.repeat(39)).join('\n');
    const early = { ...doc, code: '', text: `needle early\n${filler}` };
    const late = { ...doc, code: '', text: `${filler}\nneedle late` };
    expect(bestLine(early, 'needle')?.text).toBe('needle early');
    expect(bestLine(late, 'needle')).toBeUndefined();
  });
});
