import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocsPage, type PageContext } from './docs-page';
import { relatedSections, sectionSignals, stem } from './related';
import { loadStacks } from '../stacks/load';
import type { StackPack } from '../stacks/pack';
import { packToStack } from '../stacks/pack-stack';
import type { StackSource } from '../stacks/content';

const FIXTURES = join(import.meta.dirname, '../../e2e/fixtures/docs');
const sections = loadStacks().flatMap((stack) => stack.notes.flatMap((note) => note.sections));

/** A real docs page from the fixtures, read as the content script reads it. */
function fixturePage(file: string, url: string): PageContext {
  const html = readFileSync(join(FIXTURES, file), 'utf8');
  return readDocsPage(new DOMParser().parseFromString(html, 'text/html'), url);
}

const ids = (page: PageContext) => relatedSections(page, sections).map((r) => r.id);
/** What the matcher finds with no docs map, as on a page no map covers. */
const MATCHER_ONLY = { maps: [] };

describe('relatedSections on real docs pages, by the matcher alone', () => {
  const queries = fixturePage(
    'topics-db-queries.html',
    'https://docs.djangoproject.com/en/5.2/topics/db/queries/',
  );

  it('ranks the ORM note first for Making queries', () => {
    const [first] = relatedSections(queries, sections, MATCHER_ONLY);
    expect(first?.id).toBe('django/orm');
    expect(first?.reason).toMatch(/^Mentions \S/);
  });

  it.each([
    ['ref-csrf.html', 'ref/csrf/', 'django/q-csrf'],
    ['topics-http-middleware.html', 'topics/http/middleware/', 'django/q-middleware'],
    ['topics-class-based-views-index.html', 'topics/class-based-views/', 'django/q-fbv-cbv'],
    ['topics-migrations.html', 'topics/migrations/', 'django/q-migrations'],
    ['ref-models-querysets.html', 'ref/models/querysets/', 'django/orm'],
    ['ref-models-fields.html', 'ref/models/fields/', 'django/models'],
  ])(
    'lists the right note for %s',
    (file, path, expected) => {
      const page = fixturePage(file, `https://docs.djangoproject.com/en/5.2/${path}`);
      const found = relatedSections(page, sections, MATCHER_ONLY).map((r) => r.id);
      expect(found.slice(0, 3)).toContain(expected);
    },
    30_000,
  );

  it('returns nothing for release notes, which touch everything and are about none of it', () => {
    const page = fixturePage(
      'releases-5.0.html',
      'https://docs.djangoproject.com/en/5.2/releases/5.0/',
    );
    expect(relatedSections(page, sections, MATCHER_ONLY)).toEqual([]);
  });

  it('works the same on every language and version of a page', () => {
    const expected = relatedSections(queries, sections, MATCHER_ONLY);
    for (const prefix of ['fr/4.2', 'en/dev', 'pt-br/5.1', 'zh-hans/stable']) {
      const url = `https://docs.djangoproject.com/${prefix}/topics/db/queries/#foo`;
      expect(relatedSections({ ...queries, url }, sections, MATCHER_ONLY)).toEqual(expected);
    }
  });
});

describe('relatedSections with the docs map', () => {
  const docs = (path: string, body = '', title = 'Page') => ({
    url: `https://docs.djangoproject.com/${path}`,
    title,
    headings: [],
    text: '',
    body,
  });
  const setupBody = 'python manage.py runserver. django-admin startproject mysite. '.repeat(20);

  it("lists the map's sections for a page it covers, in its order, whatever the page's wording", () => {
    const found = relatedSections(docs('en/5.2/intro/tutorial02/', setupBody), sections);
    expect(found.map((r) => r.id)).toEqual([
      'django/models',
      'django/orm',
      'django/q-migrations',
      'django/setup',
    ]);
    // Its first pick weighs most, for the user's items about the page's subject.
    const scores = found.map((r) => r.score);
    scores.slice(1).forEach((score, i) => expect(score).toBeLessThan(scores[i] ?? 0));
    // The matcher alone puts Project Setup first on this text.
    expect(
      relatedSections(docs('en/5.2/intro/tutorial02/', setupBody), sections, MATCHER_ONLY)[0]?.id,
    ).toBe('django/setup');
  });

  it('shows nothing where the map says nothing fits, however much the page shares with a note', () => {
    expect(relatedSections(docs('en/5.2/releases/5.1.4/', setupBody), sections)).toEqual([]);
    expect(
      relatedSections(docs('en/5.2/howto/custom-management-commands/', setupBody), sections),
    ).toEqual([]);
  });

  it('covers every language and version of a page, and says why when the wording shares nothing', () => {
    const french = docs(
      'fr/4.2/ref/clickjacking/',
      'Le détournement de clic. '.repeat(20),
      'Détournement de clic',
    );
    const found = relatedSections(french, sections);
    expect(found[0]).toMatchObject({
      id: 'django/q-middleware',
      reason: 'Picked for this page of the docs',
    });
    const english = relatedSections(
      fixturePage(
        'topics-db-queries.html',
        'https://docs.djangoproject.com/en/5.2/topics/db/queries/',
      ),
      sections,
    );
    expect(english[0]?.reason).toMatch(/^Mentions \S/);
  });

  it('leaves a page it does not cover to the matcher', () => {
    expect(ids(docs('en/6.0/topics/new-page/', setupBody))[0]).toBe('django/setup');
    expect(ids(docs('en/6.0/topics/new-page/'))).toEqual([]);
  });

  it("decides only its own stack's sections: another stack's still match by what they say", () => {
    const own = storedSections('deploy-notes', 'own', [
      {
        id: 'deploy-notes/runserver',
        title: 'runserver and startproject',
        keywords: ['runserver', 'startproject', 'django-admin'],
        markdown: '```bash\npython manage.py runserver\ndjango-admin startproject mysite\n```',
      },
    ]);
    const found = ids(docs('en/5.2/releases/5.1.4/', setupBody)).length;
    expect(found).toBe(0);
    const withOwn = relatedSections(docs('en/5.2/releases/5.1.4/', setupBody), [
      ...sections,
      ...own,
    ]);
    expect(withOwn.map((r) => r.id)).toEqual(['deploy-notes/runserver']);
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
    expect(results[0]?.reason).toMatch(/optimization/i);
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

describe('relatedSections signals', () => {
  const base = { url: 'https://docs.djangoproject.com/en/5.2/topics/x/', headings: [], text: '' };
  const signal = (page: PageContext, id: string) => {
    const found = sectionSignals(page, sections).signals.find((s) => s.id === id);
    if (!found) throw new Error(`no section ${id}`);
    return found;
  };

  it('reads the body: a tutorial whose outline says nothing is about what its code runs', () => {
    const body = [
      '$ django-admin startproject mysite djangotutorial',
      '$ python manage.py runserver',
      '$ python manage.py startapp polls',
      '$ python manage.py migrate',
      'Now that the server is running, visit http://127.0.0.1:8000/ in the browser.',
    ].join('\n');
    const outline = { ...base, title: 'Writing your first app, part 1' };
    expect(ids(outline)).toEqual([]);
    const page = { ...outline, body };
    expect(ids(page)[0]).toBe('django/setup');
    expect(relatedSections(page, sections)[0]?.reason).toMatch(/startproject|runserver|manage/);
  });

  it('weighs the body by what it is about, not by what it mentions once', () => {
    const focused = {
      ...base,
      title: 'X',
      body: 'select_related() and prefetch_related(). '.repeat(3),
    };
    const passing = {
      ...base,
      title: 'X',
      body: `${'Translation catalogs, locale files and gettext plural forms. '.repeat(40)} select_related().`,
    };
    expect(signal(focused, 'django/q-n-plus-1').body).toBeGreaterThan(
      5 * signal(passing, 'django/q-n-plus-1').body,
    );
  });

  it('matches a command joined to the framework name as the command, not as a word', () => {
    const admin = { ...base, title: 'The admin site', headings: ['Admin actions', 'Admin site'] };
    const command = { ...base, title: 'django-admin and manage.py' };
    expect(signal(admin, 'django/setup').structure).toBeLessThan(
      signal(command, 'django/setup').structure / 3,
    );
  });

  it("keeps a library's notes for pages that name the library", () => {
    const validation = {
      ...base,
      title: 'Form and field validation',
      headings: ['Raising ValidationError', 'Using validators'],
      body: 'Raise ValidationError from validate() or clean(). '.repeat(10),
    };
    expect(signal(validation, 'django/drf-serializers')).toMatchObject({ structure: 0, body: 0 });
    const drf = {
      ...validation,
      body: `${validation.body} from rest_framework import serializers`,
    };
    expect(signal(drf, 'django/drf-serializers').structure).toBeGreaterThan(0);
  });
});

/** A one-note stack written by the user or installed, with the given sections. */
function storedSections(
  id: string,
  source: StackSource,
  sections: StackPack['notes'][number]['sections'],
) {
  const pack: StackPack = {
    format: 'devrecall-stack',
    formatVersion: 1,
    id,
    version: '1.0.0',
    title: 'Tips',
    topic: 'Backend',
    description: '',
    author: 'Ada Example',
    licence: 'CC0-1.0',
    notes: [{ id: `${id}/tips`, title: 'Tips', summary: '', sections }],
  };
  return packToStack(pack, source).notes.flatMap((note) => note.sections);
}

describe('relatedSections over written and installed stacks', () => {
  const csrf = fixturePage('ref-csrf.html', 'https://docs.djangoproject.com/en/5.2/ref/csrf/');
  const queries = fixturePage(
    'topics-db-queries.html',
    'https://docs.djangoproject.com/en/5.2/topics/db/queries/',
  );

  it('matches their sections by what they say, like the bundled ones', () => {
    const own = storedSections('orm-tips-3f2a1c', 'own', [
      {
        id: 'orm-tips-3f2a1c/csrf-fetch',
        title: 'CSRF protection for fetch() calls',
        keywords: ['csrf_token', 'X-CSRFToken', 'CsrfViewMiddleware'],
        markdown:
          'Cross Site Request Forgery protection refuses an AJAX POST without the token: read the csrftoken cookie and send it as the X-CSRFToken header.\n\n```js\nfetch(url, { method: "POST", headers: { "X-CSRFToken": getCookie("csrftoken") } })\n```',
      },
    ]);
    const found = relatedSections(csrf, [...sections, ...own]).map((r) => r.id);
    expect(found.slice(0, 3)).toContain('orm-tips-3f2a1c/csrf-fetch');
    expect(relatedSections(queries, [...sections, ...own]).map((r) => r.id)).not.toContain(
      'orm-tips-3f2a1c/csrf-fetch',
    );
  });

  it("does not treat a stored stack's name as the framework's: Django's ORM note still leads", () => {
    const own = storedSections('orm-queries', 'own', [
      { id: 'orm-queries/misc', title: 'Misc', markdown: 'Cache templates in production.' },
    ]);
    expect(relatedSections(queries, [...sections, ...own])[0]?.id).toBe('django/orm');
    expect(relatedSections(queries, [...sections, ...own]).map((r) => r.id)).toEqual(
      relatedSections(queries, sections).map((r) => r.id),
    );
  });

  it('lists a section first on a page it annotates, in any version or language, with why', () => {
    const installed = storedSections('ada-notes', 'installed', [
      {
        id: 'ada-notes/gotchas',
        title: 'Gotchas',
        markdown: 'Things that surprised me.',
        pages: ['https://docs.djangoproject.com/en/5.2/topics/db/queries/'],
      },
    ]);
    const all = [...sections, ...installed];
    for (const url of [queries.url, 'https://docs.djangoproject.com/fr/4.2/topics/db/queries/#q']) {
      const [first, second] = relatedSections({ ...queries, url }, all);
      expect(first).toMatchObject({ id: 'ada-notes/gotchas', reason: 'Written for this page' });
      expect(second?.id).toBe('django/orm');
      expect(first?.score).toBeGreaterThanOrEqual(second?.score ?? Infinity);
    }
    expect(relatedSections(csrf, all).map((r) => r.id)).not.toContain('ada-notes/gotchas');
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
