import { describe, expect, it } from 'vitest';
import { bundledSections, sectionContext } from '../stacks/bundled';
import { sectionDoc } from './documents';
import { SearchEngine } from './engine';
import type { SearchDoc } from './types';

const engine = new SearchEngine(bundledSections.map((s) => sectionDoc(s, sectionContext(s))));
const ids = (query: string) => engine.search(query).map((hit) => hit.doc.id);

describe('search over the bundled Django stack', () => {
  it.each([
    ['select_rel', 'django/orm'],
    ['jwt refresh', 'django/drf-auth'],
    ['n+1', 'django/q-n-plus-1'],
    ['get_object_or_404', 'django/views-urls'],
    ['serializer', 'django/drf-serializers'],
    ['csrf', 'django/q-csrf'],
  ])('ranks %s first as %s', (query, expected) => {
    expect(ids(query)[0]).toBe(expected);
  });

  it('tolerates typos', () => {
    expect(ids('midleware').slice(0, 3)).toContain('django/q-middleware');
    expect(ids('serialzer')[0]).toBe('django/drf-serializers');
    expect(ids('makemigratons').slice(0, 3)).toContain('django/q-migrations');
  });

  it('finds results for every prefix while typing', () => {
    const word = 'prefetch_related';
    for (let i = 2; i <= word.length; i++) {
      expect(ids(word.slice(0, i)).length, word.slice(0, i)).toBeGreaterThan(0);
    }
  });

  it('returns nothing for gibberish and for an empty query', () => {
    expect(ids('qqxzv')).toEqual([]);
    expect(ids('   ')).toEqual([]);
  });

  it('reports which index terms matched', () => {
    const [hit] = engine.search('select_rel');
    expect(hit?.matched).toContain('select_related');
  });
});

describe('identifiers, short terms and word forms', () => {
  const doc = (id: string, title: string, code = '', text = ''): SearchDoc => ({
    id,
    kind: 'docs',
    title,
    context: '',
    keywords: [],
    text,
    code,
  });
  const index = new SearchEngine([
    doc('exempt', 'csrf_exempt()', '', 'Marks a view as exempt from CSRF protection.'),
    doc('csrf', 'CSRF protection', '', 'Cross site request forgery.'),
    doc('f', 'F', '', 'An F() object represents the value of a model field.'),
    doc('fbv', 'FBV or CBV', '', 'Function-based views.'),
    doc('throttling', 'Throttling', '', 'Rate limits for clients.'),
    doc('performs', 'Joins', '', 'select_related performs a join.'),
    doc('forms', 'Working with forms', '', 'Form classes.'),
  ]);
  const found = (query: string) => index.search(query).map((h) => h.doc.id);

  it.each(['csrf_exempt', 'csrf exempt', 'CsrfExempt', 'csrf-exempt', 'csrfexempt'])(
    '%s finds csrf_exempt first and the CSRF item after it',
    (query) => {
      expect(found(query).slice(0, 2)).toEqual(['exempt', 'csrf']);
    },
  );

  it('never completes a single letter: F means F', () => {
    expect(found('F')).toEqual(['f']);
    expect(found('f expression')[0]).toBe('f');
  });

  it('matches other forms of a word, and a word inside another only weakly', () => {
    expect(found('throttle')).toEqual(['throttling']);
    expect(found('forms')[0]).toBe('forms');
  });
});

describe('incremental updates', () => {
  const doc = (id: string, title: string, text = ''): SearchDoc => ({
    id,
    kind: 'note',
    title,
    context: 'My notes',
    keywords: [],
    text,
    code: '',
  });

  it('finds added documents, forgets removed ones and replaces on re-add', () => {
    const index = new SearchEngine();
    index.add(doc('note:1', 'Celery retries', 'exponential backoff'));
    expect(index.search('backof').map((h) => h.doc.id)).toEqual(['note:1']);
    index.add(doc('note:1', 'Celery retries', 'jitter only'));
    expect(index.search('backoff')).toEqual([]);
    expect(index.search('jitter').map((h) => h.doc.id)).toEqual(['note:1']);
    index.remove('note:1');
    expect(index.search('celery')).toEqual([]);
    expect(index.size).toBe(0);
  });

  it('keeps working after many removals compact the index', () => {
    const index = new SearchEngine();
    for (let i = 0; i < 3000; i++)
      index.add(doc(`note:${i}`, `title ${i}`, 'lorem ipsum dolor sit amet '.repeat(5) + i));
    for (let i = 0; i < 2990; i++) index.remove(`note:${i}`);
    expect(index.size).toBe(10);
    expect(index.search('lorem', { limit: 100 })).toHaveLength(10);
  });
});
