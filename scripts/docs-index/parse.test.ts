import { describe, expect, it } from 'vitest';
import { parseMarkdown, slugify } from './markdown';
import { makeId, parseRst } from './rst';

describe('reStructuredText', () => {
  it('gives section ids as docutils does, labels first, repeats numbered', () => {
    const page = parseRst(
      [
        'Making queries',
        '==============',
        '',
        'Intro text.',
        '',
        '.. _field-lookups-intro:',
        '',
        'Field lookups',
        '-------------',
        '',
        'Lookups are how you specify the meat of an SQL ``WHERE`` clause.',
        '',
        'Field lookups',
        '-------------',
        '',
        'Again.',
      ].join('\n'),
    );
    expect(page.title).toBe('Making queries');
    expect(page.entries.map((e) => e.anchor)).toEqual([
      '',
      'field-lookups-intro',
      'field-lookups-1',
    ]);
    expect(page.entries[1]?.summary).toBe(
      'Lookups are how you specify the meat of an SQL WHERE clause.',
    );
    expect(makeId('5.2 release notes')).toBe('release-notes');
  });

  it('reads objects with their module and class, and skips examples in literal blocks', () => {
    const page = parseRst(
      [
        'QuerySet API',
        '============',
        '',
        'This document describes the details of the ``QuerySet`` API.',
        '',
        '.. currentmodule:: django.db.models.query',
        '',
        '.. class:: QuerySet(model=None)',
        '',
        '    .. attribute:: ordered',
        '',
        '        ``True`` if the ``QuerySet`` is ordered.',
        '',
        'Write it so::',
        '',
        '    .. setting:: NOT_REAL',
        '',
        '.. setting:: DEBUG',
        '',
        '``DEBUG``',
        '---------',
        '',
        'Default: ``False``',
        '',
        'A boolean that turns on/off debug mode.',
      ].join('\n'),
    );
    expect(page.entries.map((e) => [e.kind, e.title, e.anchor, e.summary])).toEqual([
      ['page', 'QuerySet API', '', 'This document describes the details of the QuerySet API.'],
      ['class', 'QuerySet', 'django.db.models.query.QuerySet', ''],
      [
        'attribute',
        'QuerySet.ordered',
        'django.db.models.query.QuerySet.ordered',
        'True if the QuerySet is ordered.',
      ],
      ['setting', 'DEBUG', 'std-setting-DEBUG', 'A boolean that turns on/off debug mode.'],
    ]);
  });
});

describe('Markdown', () => {
  it("gives MkDocs' heading ids and kinds", () => {
    const page = parseMarkdown(
      [
        '# Serializer fields',
        '',
        '> A quote.',
        '',
        'Fields convert values.',
        '',
        '```python',
        '# not a heading',
        '```',
        '',
        '## SerializerMethodField',
        '',
        'This is a read-only field.',
        '',
        '### `get_queryset(self)`',
        '',
        '## Example',
        '## Example',
      ].join('\n'),
      'fields.md',
    );
    expect(page.entries.map((e) => [e.kind, e.title, e.anchor, e.summary])).toEqual([
      ['page', 'Serializer fields', '', 'Fields convert values.'],
      ['class', 'SerializerMethodField', 'serializermethodfield', 'This is a read-only field.'],
      ['method', 'get_queryset(self)', 'get_querysetself', ''],
      ['section', 'Example', 'example', ''],
      ['section', 'Example', 'example_1', ''],
    ]);
    expect(slugify('Django 5.1+ LoginRequiredMiddleware')).toBe(
      'django-51-loginrequiredmiddleware',
    );
  });
});
