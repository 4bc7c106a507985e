import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BODY_LENGTH, docsPageKey, parseDocsUrl, readDocsPage } from './docs-page';

const FIXTURES = join(import.meta.dirname, '../../e2e/fixtures');
const DOCS = 'https://docs.djangoproject.com';

function fixtureDoc(file: string): Document {
  return new DOMParser().parseFromString(
    readFileSync(join(FIXTURES, 'docs', file), 'utf8'),
    'text/html',
  );
}

/** Pages labelled in related-dev.json whose title, headings and intro come from the same HTML. */
interface LabelledPage {
  url: string;
  title: string;
  headings: string[];
  intro: string;
  fixture: string | null;
}
const labelled = (
  JSON.parse(
    readFileSync(join(import.meta.dirname, 'fixtures/related-dev.json'), 'utf8'),
  ) as LabelledPage[]
).filter((page) => page.fixture);

describe('parseDocsUrl', () => {
  it.each([
    [
      `${DOCS}/en/5.2/topics/db/queries/`,
      { lang: 'en', version: '5.2', path: 'topics/db/queries' },
    ],
    [`${DOCS}/fr/4.2/ref/csrf/#how-it-works`, { lang: 'fr', version: '4.2', path: 'ref/csrf' }],
    [
      `${DOCS}/pt-br/5.1/intro/install/?x=1`,
      { lang: 'pt-br', version: '5.1', path: 'intro/install' },
    ],
    [
      `${DOCS}/zh-hans/dev/releases/5.0/`,
      { lang: 'zh-hans', version: 'dev', path: 'releases/5.0' },
    ],
    [`${DOCS}/en/stable/`, { lang: 'en', version: 'stable', path: '' }],
  ])('reads %s', (url, expected) => {
    expect(parseDocsUrl(url)).toEqual(expected);
  });

  it.each([
    'https://www.djangoproject.com/en/5.2/topics/',
    'https://docs.djangoproject.com/',
    'https://docs.djangoproject.com/en/',
    'https://docs.djangoproject.com/en/latest-and-greatest/topics/',
    'https://example.com/en/5.2/topics/db/queries/',
    'file:///en/5.2/topics/db/queries/',
    'not a url',
  ])('rejects %s', (url) => {
    expect(parseDocsUrl(url)).toBeUndefined();
  });
});

describe('docsPageKey', () => {
  it('gives every language and version of a page one key', () => {
    const urls = [
      `${DOCS}/en/5.2/topics/db/queries/`,
      `${DOCS}/fr/4.2/topics/db/queries/#foo`,
      `${DOCS}/pt-br/5.1/topics/db/queries/`,
      `${DOCS}/en/dev/topics/db/queries`,
    ];
    expect(new Set(urls.map(docsPageKey))).toEqual(new Set(['topics/db/queries']));
  });

  it('keys the docs home and nothing outside the docs', () => {
    expect(docsPageKey(`${DOCS}/en/5.2/`)).toBe('index');
    expect(docsPageKey('https://www.djangoproject.com/weblog/')).toBeUndefined();
  });
});

describe('readDocsPage', () => {
  const url = `${DOCS}/en/5.2/topics/db/queries/`;
  const page = readDocsPage(fixtureDoc('topics-db-queries.html'), url);

  it('reads the h1 without its permalink', () => {
    expect(page.title).toBe('Making queries');
    expect(page.url).toBe(url);
  });

  it('reads the section headings without permalinks', () => {
    expect(page.headings.slice(0, 3)).toEqual([
      'Creating objects',
      'Saving changes to objects',
      'Saving ForeignKey and ManyToManyField fields',
    ]);
    expect(page.headings.every((h) => h && !h.includes('¶'))).toBe(true);
    // The sidebar's "Contents", "Browse" … are outside the article.
    expect(page.headings).not.toContain('Browse');
  });

  it('reads about 400 characters of opening prose, cut at a word', () => {
    expect(page.text).toMatch(
      /^Once you’ve created your data models, Django automatically gives you/,
    );
    expect(page.text.length).toBeGreaterThan(300);
    expect(page.text.length).toBeLessThanOrEqual(400);
    expect(page.text).not.toMatch(/\s{2}/);
  });

  it('takes the first h1 when a page has two', () => {
    expect(readDocsPage(fixtureDoc('ref-models-fields.html'), url).title).toBe(
      'Model field reference',
    );
  }, 30_000);

  it.each(labelled.map((p) => [p.fixture, p] as const))(
    'reads %s as the labelled set does',
    (fixture, expected) => {
      const { body, ...read } = readDocsPage(
        fixtureDoc(fixture?.replace(/^pages\//, '') ?? ''),
        expected.url,
      );
      expect(read).toEqual({
        url: expected.url,
        title: expected.title,
        headings: expected.headings,
        text: expected.intro,
      });
      expect(body).toContain(expected.title);
    },
    30_000,
  );

  it('reads the whole article, code included, within the budget', () => {
    const body = readDocsPage(fixtureDoc('topics-db-queries.html'), url).body ?? '';
    expect(body).toMatch(/^Making queries\n/);
    expect(body).toMatch(/Entry\.objects\.filter\(/);
    expect(body).not.toContain('¶');
    expect(body.length).toBe(BODY_LENGTH);
    const short = readDocsPage(fixtureDoc('ref-csrf.html'), url).body ?? '';
    expect(short.length).toBeLessThan(BODY_LENGTH);
    expect(short).toMatch(/CsrfViewMiddleware/);
  }, 30_000);

  it('falls back to the whole document outside the docs layout', () => {
    const doc = new DOMParser().parseFromString(
      '<head><title>Other</title></head><body><h2>Part<a class="headerlink">¶</a></h2>\n<p>Some   text.</p></body>',
      'text/html',
    );
    expect(readDocsPage(doc, 'https://example.com/')).toEqual({
      url: 'https://example.com/',
      title: 'Other',
      headings: ['Part'],
      text: 'Some text.',
      body: 'Part\nSome text.',
    });
  });
});
