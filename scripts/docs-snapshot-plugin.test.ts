import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docsSearchDocs } from '../data/docs-index/docs';
import type { DocsIndexData } from '../data/docs-index/format';
import { SearchEngine } from '../data/search/engine';
import { decodeSnapshot } from '../data/search/snapshot-file';
import { docsSnapshotFile } from './docs-snapshot-plugin';

const data = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../data/docs-index/docs-index.json'), 'utf8'),
) as DocsIndexData;

describe('the prebuilt docs engine', () => {
  it('answers every query as an engine built in the page would', () => {
    const docs = docsSearchDocs(data);
    const built = new SearchEngine(docs);
    const file = docsSnapshotFile();
    const shipped = SearchEngine.fromSnapshot(decodeSnapshot(file.slice().buffer), docs);
    const queries = ['csrf_exempt', 'CsrfExempt', 'F', 'se', 'select_rel', 'SerializerMethodField'];
    queries.push('throttle', 'annotate', 'squash migrations', 'get_object_or_404', 'midleware');
    for (const query of queries) {
      const expected = built.search(query, { limit: 30 });
      expect(expected.length).toBeGreaterThan(0);
      expect(shipped.search(query, { limit: 30 })).toEqual(expected);
    }
  });
});
