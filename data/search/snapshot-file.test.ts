import { describe, expect, it } from 'vitest';
import { SearchEngine } from './engine';
import { decodeSnapshot, encodeSnapshot } from './snapshot-file';
import { noteSearchDoc } from './test-docs';

const docs = [
  noteSearchDoc(
    'a',
    'Query optimisation',
    'Use select_related for foreign keys.',
    'qs.select_related("author")',
  ),
  noteSearchDoc('b', 'CSRF protection', 'Mark a view with csrf_exempt only when it is safe.'),
  noteSearchDoc('c', 'Signals', 'post_save fires after Model.save().'),
  // Text beyond ASCII: the file keeps strings as UTF-8 bytes.
  noteSearchDoc('d', 'Übersicht: Caché-Strategien ✓', 'Zwischenspeicher für Ansichten — 缓存'),
];
const built = new SearchEngine(docs);

describe('snapshot files', () => {
  it('restore an engine that answers as the one written', () => {
    const file = encodeSnapshot(built.toSnapshot());
    const restored = SearchEngine.fromSnapshot(decodeSnapshot(file.slice().buffer), docs);
    for (const query of [
      'select_rel',
      'csrf exempt',
      'post_sav',
      'sigals',
      'x',
      'übersicht',
      '缓存',
    ]) {
      expect(restored.search(query)).toEqual(built.search(query));
    }
    expect(restored.search('übersicht')[0]?.doc.title).toBe('Übersicht: Caché-Strategien ✓');
  });

  it('refuse a file that is cut short or is not an index', () => {
    const file = encodeSnapshot(built.toSnapshot());
    expect(() => decodeSnapshot(file.slice(0, file.length - 64).buffer)).toThrow(/cut short/);
    expect(() => decodeSnapshot(new TextEncoder().encode('{"docs":[]}').buffer)).toThrow(
      /Not an index/,
    );
  });

  it('refuse documents that are not the snapshot’s', () => {
    const snapshot = built.toSnapshot();
    expect(() => SearchEngine.fromSnapshot(snapshot, docs.slice(1))).toThrow();
    expect(() => SearchEngine.fromSnapshot(snapshot, [...docs].reverse())).toThrow();
  });
});
