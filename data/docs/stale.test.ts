import { describe, expect, it } from 'vitest';
import { compareVersions, partOf, staleWarning, type PagePart } from './stale';

const part = (
  title: string,
  depth: number,
  text: string,
  marks: PagePart['marks'] = [],
): PagePart => ({
  anchor: title.toLowerCase().replace(/\W+/g, '-').replace(/^-|-$/g, ''),
  title,
  depth,
  text,
  marks,
});

/** A page shaped like the QuerySet reference: changes in values() and explain(), none in filter(). */
const PAGE: PagePart[] = [
  part('QuerySet API reference', 0, 'This document describes the details of the QuerySet API.'),
  part('Methods that return new QuerySets', 1, 'Django provides a range of refinement methods.'),
  part(
    'filter()',
    2,
    'Returns a new QuerySet containing objects that match the lookup parameters.',
  ),
  part(
    'values()',
    2,
    'Returns a QuerySet that returns dictionaries. >>> Blog.objects.values("id", "name") <QuerySet [{"id": 1, "name": "Beatles Blog"}]> Changed in Django 5.2: The SELECT clause respects the order of fields.',
    [{ kind: 'changed', version: '5.2', index: 0 }],
  ),
  part('Methods that do not return QuerySets', 1, 'These methods evaluate the QuerySet.'),
  part(
    'explain()',
    2,
    'Returns a string of the query execution plan. >>> print(Blog.objects.filter(title="My Blog").explain()) Changed in Django 5.1: generic_plan option.',
    [{ kind: 'changed', version: '5.1', index: 1 }],
  ),
];

describe('compareVersions', () => {
  it('orders dotted versions by number', () => {
    expect(['5.10', '4.2', '5.1', '5', '5.0.1'].sort(compareVersions)).toEqual([
      '4.2',
      '5',
      '5.0.1',
      '5.1',
      '5.10',
    ]);
  });
});

describe('partOf', () => {
  it('is the deepest section whose text contains the item, whitespace aside', () => {
    expect(partOf('>>> Blog.objects.values("id",\n   "name")', PAGE)).toBe(3);
    expect(partOf('Returns a new QuerySet containing objects', PAGE)).toBe(2);
  });

  it('is the section holding a text that runs over its subsections', () => {
    expect(partOf('range of refinement methods. Returns a new QuerySet containing', PAGE)).toBe(1);
  });

  it('falls back to the section with most of the weight of the item’s words', () => {
    // Saved from an older version: the call changed, its names did not.
    expect(partOf('Blog.objects.filter(title="My Blog").explain(format="json")', PAGE)).toBe(5);
  });

  it('is the whole page for words all over it, nothing for words not on it', () => {
    expect(partOf('QuerySet refinement evaluate dictionaries', PAGE)).toBe(0);
    expect(partOf('Celery beat schedule', PAGE)).toBeUndefined();
  });
});

describe('staleWarning', () => {
  const values = 'Blog.objects.values("id", "name")';

  it('warns of a change in the item’s part since the version it was saved from', () => {
    expect(staleWarning(values, '4.2', PAGE)).toEqual({
      label: 'Changed in 5.2',
      mark: 0,
      part: { anchor: 'values', title: 'values()' },
    });
  });

  it('says nothing of changes elsewhere on the page, or of none since', () => {
    expect(staleWarning('Returns a new QuerySet containing objects', '4.2', PAGE)).toBeUndefined();
    expect(staleWarning(values, '5.2', PAGE)).toBeUndefined();
    expect(staleWarning(values, 'dev', PAGE)).toBeUndefined();
    expect(staleWarning(values, undefined, PAGE)).toBeUndefined();
  });

  it('lists every version, and puts a deprecation first', () => {
    const page = PAGE.map((p, i) =>
      i === 3
        ? {
            ...p,
            marks: [
              { kind: 'changed' as const, version: '5.1', index: 0 },
              { kind: 'changed' as const, version: '5.2', index: 1 },
            ],
          }
        : p,
    );
    expect(staleWarning(values, '5.0', page)?.label).toBe('Changed in 5.1 and 5.2');
    const deprecated = PAGE.map((p, i) =>
      i === 5
        ? { ...p, marks: [...p.marks, { kind: 'deprecated' as const, version: '5.2', index: 2 }] }
        : p,
    );
    expect(staleWarning('explain() generic_plan', '4.2', deprecated)).toMatchObject({
      label: 'Deprecated in 5.2',
      mark: 2,
    });
  });

  it('speaks of the whole page when the item’s part cannot be told', () => {
    expect(staleWarning('QuerySet refinement evaluate dictionaries', '4.2', PAGE)).toEqual({
      label: 'Changed in 5.1 and 5.2',
      mark: 0,
      part: undefined,
    });
  });
});
