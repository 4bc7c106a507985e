import { describe, expect, it } from 'vitest';
import type { Snippet, UserNote } from '../records/model';
import { loadStacks } from '../stacks/load';
import { itemsAbout, savedFromVersion } from './user-items';

const sections = loadStacks().flatMap((stack) => stack.notes.flatMap((note) => note.sections));
const note = (id: string, title: string, body: string, pageKey?: string): UserNote => ({
  id,
  title,
  body,
  tags: [],
  pageKey,
  createdAt: 1,
  updatedAt: 1,
});
const snippet = (id: string, text: string, pageUrl: string): Snippet => ({
  id,
  text,
  language: 'python',
  pageUrl,
  pageTitle: 'Somewhere',
  pageKey: pageUrl,
  note: '',
  tags: [],
  createdAt: 1,
  updatedAt: 1,
});

const queries = {
  url: 'https://docs.djangoproject.com/en/5.2/topics/db/queries/',
  title: 'Making queries',
  headings: ['Retrieving objects', 'Filtering QuerySets', 'Lookups that span relationships'],
  text: 'Once you’ve created your data models, Django automatically gives you a database-abstraction API.',
};

describe('itemsAbout', () => {
  const selectRelated = note(
    'n1',
    'Avoid N+1 with select_related',
    "```python\nPost.objects.select_related('author')\n```",
  );
  const shopping = note('n2', 'Shopping list', 'milk, eggs, bread');

  it("lists the user's items whose subject is the page's, with a reason", () => {
    const found = itemsAbout(
      queries,
      sections,
      [selectRelated, shopping],
      [],
      'docs:topics/db/queries',
    );
    expect(found).toEqual([
      {
        kind: 'note',
        note: selectRelated,
        reason: expect.stringMatching(/^Also about (ORM|N\+1)/),
      },
    ]);
  });

  it('finds snippets by their code', () => {
    const code = snippet(
      's1',
      "Entry.objects.filter(pub_date__year=2024).exclude(headline='x')",
      'https://example.com/',
    );
    expect(itemsAbout(queries, sections, [], [code], 'docs:topics/db/queries')[0]).toMatchObject({
      kind: 'snippet',
      snippet: code,
    });
  });

  it('leaves out what was saved on this page, and everything on a page no note covers', () => {
    const here = { ...selectRelated, pageKey: 'docs:topics/db/queries' };
    expect(itemsAbout(queries, sections, [here], [], 'docs:topics/db/queries')).toEqual([]);
    const gdal = {
      url: 'https://docs.djangoproject.com/en/5.2/ref/contrib/gis/gdal/',
      title: 'GDAL API',
      headings: ['Vector data sources'],
      text: 'GDAL.',
    };
    expect(itemsAbout(gdal, sections, [selectRelated], [], 'docs:ref/contrib/gis/gdal')).toEqual(
      [],
    );
  });
});

describe('savedFromVersion', () => {
  const page = 'https://docs.djangoproject.com/en/5.2/topics/db/queries/';
  it.each([
    ['https://docs.djangoproject.com/en/4.2/topics/db/queries/', '4.2'],
    ['https://docs.djangoproject.com/fr/4.2/topics/db/queries/#x', '4.2'],
    ['https://docs.djangoproject.com/fr/5.2/topics/db/queries/', undefined],
    ['https://example.com/en/4.2/', undefined],
    [undefined, undefined],
  ])('%s → %s', (url, expected) => {
    expect(savedFromVersion(url, page)).toBe(expected);
  });
});
