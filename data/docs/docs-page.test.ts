import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BODY_LENGTH,
  docsPageKey,
  parseDocsUrl,
  readDocsPage,
  readPageParts,
  versionMarks,
} from './docs-page';
import { staleWarning } from './stale';

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

describe('readPageParts', () => {
  it('reads the sections of a real page, their own text and the version marks in each', () => {
    const doc = fixtureDoc('ref-models-querysets.html');
    const parts = readPageParts(doc);
    expect(parts[0]).toMatchObject({ anchor: 'queryset-api-reference', depth: 0 });
    const values = parts.find((p) => p.anchor === 'values');
    expect(values).toMatchObject({ title: 'values()', depth: 3 });
    expect(values?.text).toContain('Blog.objects.values("id", "name")');
    // Its subsection's text is its own part's.
    expect(parts.find((p) => p.anchor === 'values-list')?.text).not.toContain(
      'Blog.objects.values("id", "name")',
    );
    expect(values?.marks).toEqual([{ kind: 'changed', version: '5.2', index: 0 }]);
    const marked = parts.flatMap((p) => p.marks.map((m) => `${p.anchor} ${m.version}`));
    expect(marked).toEqual(['values 5.2', 'values-list 5.2', 'explain 5.1', 'explain 5.2']);
    expect(versionMarks(doc)).toHaveLength(4);
    // The page's console tabs are <section>s too, but without headings of their own.
    expect(readPageParts(fixtureDoc('intro-tutorial01.html')).map((p) => p.anchor)).not.toContain(
      'c-content-0-unix',
    );
  }, 30_000);

  it('warns a snippet saved from 4.2 of the values() change only', () => {
    const parts = readPageParts(fixtureDoc('ref-models-querysets.html'));
    expect(staleWarning('>>> Blog.objects.values("id", "name")', '4.2', parts)).toMatchObject({
      label: 'Changed in 5.2',
      part: { anchor: 'values', title: 'values()' },
    });
    expect(staleWarning('>>> Entry.objects.filter(pub_date__year=2005)', '4.2', parts)).toBe(
      undefined,
    );
  }, 30_000);

  it('reads Sphinx’s deprecation boxes', () => {
    const doc = new DOMParser().parseFromString(
      `<article id="docs-content"><section id="s-urls"><h1>URLs<a class="headerlink" href="#urls">¶</a></h1>
      <section id="s-re-path"><h2>re_path()<a class="headerlink" href="#re-path">¶</a></h2>
<p>Matches a regex.</p>
      <div class="deprecated"><p><span class="versionmodified deprecated">Deprecated since version 5.1: </span>Use path().</p></div>
      <div class="versionadded"><span class="title">New in Django 5.0:</span> <p>Something.</p></div>
      </section></section></article>`,
      'text/html',
    );
    expect(readPageParts(doc)).toEqual([
      { anchor: 'urls', title: 'URLs', depth: 0, text: 'URLs', marks: [] },
      {
        anchor: 're-path',
        title: 're_path()',
        depth: 1,
        text: 're_path() Matches a regex. Deprecated since version 5.1: Use path(). New in Django 5.0: Something.',
        marks: [{ kind: 'deprecated', version: '5.1', index: 0 }],
      },
    ]);
  });
});
