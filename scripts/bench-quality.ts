/**
 * Search quality on the labelled queries in data/search/fixtures/queries.json: how often an
 * answer is the first result and how often one is in the top 5, over the bundled notes and the
 * docs index together (the same engines and merge as the popup and `npm run search`).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadDocsEngine, searchAll } from './search-corpus';

interface Labelled {
  query: string;
  kind: string;
  answers: string[];
}

const FIXTURE = resolve(import.meta.dirname, '../data/search/fixtures/queries.json');

export function evaluate(verbose = false) {
  const { queries } = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { queries: Labelled[] };
  const { library, docs } = loadDocsEngine();
  const byKind = new Map<string, { n: number; at1: number; top5: number }>();
  const misses: string[] = [];
  for (const { query, kind, answers } of queries) {
    const ids = searchAll(library, docs, query, 5).map((h) => h.doc.id);
    const rank = ids.findIndex((id) => answers.includes(id));
    for (const key of [kind, 'all']) {
      const row = byKind.get(key) ?? { n: 0, at1: 0, top5: 0 };
      row.n++;
      if (rank === 0) row.at1++;
      if (rank >= 0) row.top5++;
      byKind.set(key, row);
    }
    if (rank !== 0)
      misses.push(
        `${JSON.stringify(query)} → ${rank < 0 ? 'not in top 5' : `#${rank + 1}`} (${ids[0] ?? 'nothing'})`,
      );
  }
  const pct = (a: number, n: number) => `${((100 * a) / n).toFixed(0)}%`;
  const rows = [...byKind].map(([kind, { n, at1, top5 }]) => ({
    'query kind': kind,
    queries: n,
    'right at 1': `${at1} (${pct(at1, n)})`,
    'right in top 5': `${top5} (${pct(top5, n)})`,
  }));
  console.log(`\nSearch quality on ${queries.length} labelled queries (notes + docs index)`);
  console.table(rows);
  if (verbose) for (const miss of misses) console.log(`  ${miss}`);
}

if (import.meta.url === `file://${process.argv[1]}`) evaluate(process.argv.includes('--misses'));
