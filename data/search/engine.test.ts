import { describe, expect, it } from 'vitest';
import { bundledSections, sectionContext } from '../stacks/bundled';
import { sectionDoc } from './documents';
import { SearchEngine } from './engine';
import type { SearchDoc } from './types';
import { syntheticCorpus } from '../../scripts/synthetic-corpus';

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

describe('SearchEngine snapshots', () => {
  const corpus = syntheticCorpus(400);
  const queries = ['se', 'q', 'serializer', 'get_obj', 'midleware', 'jwt refresh', 'model field'];

  it('restores an index that ranks exactly as the one it was taken from', () => {
    const original = new SearchEngine(corpus);
    original.remove(corpus[3]?.id ?? '');
    const restored = SearchEngine.fromSnapshot(structuredClone(original.toSnapshot()));
    expect(restored.size).toBe(original.size);
    // Equal scores may come in another order; nothing else may differ.
    const ranked = (e: SearchEngine, query: string) => {
      const hits = e.search(query);
      const last = hits.at(-1)?.score ?? 0;
      return {
        scores: hits.map((h) => h.score.toFixed(6)),
        above: hits
          .filter((h) => h.score > last)
          .map((h) => [h.doc.id, h.score.toFixed(6), [...h.matched].sort().join()].join(' '))
          .sort(),
      };
    };
    for (const query of queries) {
      expect(ranked(restored, query), query).toEqual(ranked(original, query));
    }
  });

  it('keeps a restored index updatable: add, edit and remove', () => {
    const restored = SearchEngine.fromSnapshot(new SearchEngine(corpus).toSnapshot());
    const first = corpus[0] as SearchDoc;
    restored.add({ ...first, title: 'Zanzibar caching', text: 'quixotic' });
    restored.add({ ...first, id: 'note:new', title: 'Fresh note', text: 'quixotic zebra' });
    expect(restored.search('quixotic').map((h) => h.doc.id)).toEqual([first.id, 'note:new']);
    expect(restored.search('zanzibar')[0]?.doc.title).toBe('Zanzibar caching');
    restored.remove(first.id);
    expect(restored.search('quixotic').map((h) => h.doc.id)).toEqual(['note:new']);
    expect(restored.ids()).not.toContain(first.id);
    expect(restored.ids()).toHaveLength(corpus.length);
  });

  it('ranks documents added to a restored index as an index built with them does', () => {
    const base = corpus.slice(0, 200);
    const added = corpus.slice(200, 400);
    const restored = SearchEngine.fromSnapshot(new SearchEngine(base).toSnapshot());
    for (const doc of added) restored.add(doc);
    const built = new SearchEngine([...base, ...added]);
    for (const q of ['queryset', 'select_related', 'middleware', 'se']) {
      const ranked = (engine: SearchEngine) =>
        engine.search(q, { limit: 50 }).map((h) => `${h.doc.id} ${h.score.toFixed(6)}`);
      expect(ranked(restored), q).toEqual(ranked(built));
    }
  });

  it('refuses a snapshot of another version or whose parts do not fit', () => {
    const snapshot = new SearchEngine(corpus.slice(0, 20)).toSnapshot();
    expect(() =>
      SearchEngine.fromSnapshot({ ...snapshot, version: snapshot.version + 1 }),
    ).toThrow();
    expect(() =>
      SearchEngine.fromSnapshot({ ...snapshot, postings: snapshot.postings.subarray(1) }),
    ).toThrow();
  });

  it('answers one- and two-letter queries as a full scan would', () => {
    const engine = new SearchEngine(corpus);
    const scanned = (q: string) =>
      engine
        .search(q, { limit: 100 })
        .slice(0, 30)
        .map((h) => h.score.toFixed(6));
    for (const q of ['s', 'se', 'q', 'mo']) {
      expect(
        engine.search(q).map((h) => h.score.toFixed(6)),
        q,
      ).toEqual(scanned(q));
    }
  });
});

describe('titles that are or hold what is typed', () => {
  const doc = (id: string, title: string, text: string, keywords: string[] = []): SearchDoc => ({
    id,
    kind: 'note',
    title,
    context: '',
    keywords,
    text,
    code: '',
  });
  // Many items have the words in their titles too, and mention them more often.
  const crowd = Array.from({ length: 300 }, (_, i) =>
    doc(
      `crowd:${i}`,
      `Select serializer signals jwt refresh ${i}`,
      'select serializer jwt refresh signals guide '.repeat(8),
    ),
  );
  const index = new SearchEngine([
    ...crowd,
    doc('select', 'Select', 'Picks rows.'),
    doc('keyword', 'Dispatching events', 'Receivers run.', ['Signals']),
    doc('phrase', 'The serializer guide', 'Fields and validation.'),
    // The words in their titles, but not as typed.
    ...Array.from({ length: 40 }, (_, i) => doc(`other:${i}`, `Refresh object ${i}`, 'Notes.')),
    doc('part', 'get_object refresh', 'Reloads it.'),
  ]);
  const first = (query: string) => index.search(query)[0]?.doc.id;

  it('puts an item whose title or keyword is the word typed first', () => {
    expect(first('select')).toBe('select');
    expect(first('signals')).toBe('keyword');
  });

  it('puts an item whose title holds the phrase typed first, stop words and all', () => {
    expect(first('the serializer')).toBe('phrase');
    expect(first('the serializer gu')).toBe('phrase');
  });

  it('counts a phrase whose first word is part of an identifier in the title', () => {
    expect(first('object refresh')).toBe('part');
    expect(first('object refr')).toBe('part');
  });

  it('ranks as before after a query that read no titles', () => {
    index.search('sel');
    expect(first('select')).toBe('select');
  });
});
