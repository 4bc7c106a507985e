import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocsPage, type PageContext } from './docs-page';
import { relatedSections, stem } from './related';
import { loadStacks } from '../stacks/load';

const FIXTURES = join(import.meta.dirname, '../../e2e/fixtures/docs');
const sections = loadStacks().flatMap((stack) => stack.notes.flatMap((note) => note.sections));

/** A real docs page from the fixtures, read as the content script reads it. */
function fixturePage(file: string, url: string): PageContext {
  const html = readFileSync(join(FIXTURES, file), 'utf8');
  return readDocsPage(new DOMParser().parseFromString(html, 'text/html'), url);
}

const ids = (page: PageContext) => relatedSections(page, sections).map((r) => r.id);

describe('relatedSections on real docs pages', () => {
  const queries = fixturePage(
    'topics-db-queries.html',
    'https://docs.djangoproject.com/en/5.2/topics/db/queries/',
  );

  it('ranks the ORM note first for Making queries', () => {
    const [first] = relatedSections(queries, sections);
    expect(first?.id).toBe('django/orm');
    expect(first?.reason).toMatch(/^Page is about "/);
  });

  it.each([
    ['ref-csrf.html', 'ref/csrf/', 'django/q-csrf'],
    ['topics-http-middleware.html', 'topics/http/middleware/', 'django/q-middleware'],
    ['topics-class-based-views-index.html', 'topics/class-based-views/', 'django/q-fbv-cbv'],
    ['topics-migrations.html', 'topics/migrations/', 'django/q-migrations'],
    ['ref-models-querysets.html', 'ref/models/querysets/', 'django/orm'],
    ['ref-models-fields.html', 'ref/models/fields/', 'django/models'],
  ])('lists the right note for %s', (file, path, expected) => {
    const page = fixturePage(file, `https://docs.djangoproject.com/en/5.2/${path}`);
    expect(ids(page).slice(0, 3)).toContain(expected);
  });

  it('returns nothing for release notes, which touch everything and are about none of it', () => {
    const page = fixturePage(
      'releases-5.0.html',
      'https://docs.djangoproject.com/en/5.2/releases/5.0/',
    );
    expect(relatedSections(page, sections)).toEqual([]);
  });

  it('works the same on every language and version of a page', () => {
    const expected = relatedSections(queries, sections);
    for (const prefix of ['fr/4.2', 'en/dev', 'pt-br/5.1', 'zh-hans/stable']) {
      const url = `https://docs.djangoproject.com/${prefix}/topics/db/queries/#foo`;
      expect(relatedSections({ ...queries, url }, sections)).toEqual(expected);
    }
  });
});

describe('relatedSections scoring', () => {
  const page = (title: string, headings: string[] = [], text = '', path = 'topics/x/') => ({
    url: `https://docs.djangoproject.com/en/5.2/${path}`,
    title,
    headings,
    text,
  });

  it('does not match on generic words alone', () => {
    for (const word of ['Django', 'Models', 'Fields', 'Views', 'Django model field view']) {
      expect(ids(page(word, ['Model', 'Field', 'View'], `Django ${word}.`)), word).toEqual([]);
    }
  });

  it('returns nothing for pages no note covers', () => {
    const gis = page(
      'GDAL API',
      ['Vector Data Source Objects', 'Layer', 'Feature', 'Field', 'Settings', 'Exceptions'],
      'GDAL stands for Geospatial Data Abstraction Library.',
      'ref/contrib/gis/gdal/',
    );
    expect(ids(gis)).toEqual([]);
    expect(ids(page(''))).toEqual([]);
  });

  it("uses the page's own terms and explains the match with them", () => {
    const results = relatedSections(
      page(
        'Database access optimization',
        ['Use QuerySet.select_related() and prefetch_related()', 'Use QuerySet.count()'],
        'Find out what queries you are doing.',
        'topics/db/optimization/',
      ),
      sections,
    );
    expect(results[0]?.id).toBe('django/q-n-plus-1');
    expect(results.map((r) => r.id)).toContain('django/orm');
    expect(results[0]?.reason).toContain('"optimization"');
    const scores = results.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('matches phrases whatever their hyphens and word order', () => {
    expect(ids(page('Cross Site Request Forgery protection'))[0]).toBe('django/q-csrf');
    expect(ids(page('Class-based views'))[0]).toBe('django/q-fbv-cbv');
  });

  it('honours the limit', () => {
    const broad = page('Class-based views', ['Mixins', 'ListView', 'Function-based views']);
    expect(relatedSections(broad, sections).length).toBeGreaterThan(1);
    expect(relatedSections(broad, sections, { limit: 1 })).toHaveLength(1);
  });
});

describe('stem', () => {
  it.each([
    ['queries', 'query'],
    ['migrations', 'migrat'],
    ['migrating', 'migrat'],
    ['migrate', 'migrat'],
    ['paginator', 'paginat'],
    ['pagination', 'paginat'],
    ['templates', 'templat'],
    ['classes', 'class'],
    ['optimization', 'optimiz'],
    ['optimized', 'optimiz'],
    ['string', 'string'],
    ['select_related', 'select_related'],
  ])('%s → %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });
});
