// Search and bundle figures (`npm run bench`): per-keystroke latency of DevRecall's search and of
// plain default Fuse.js on the same items, index costs, and what each page loads. Prints tables.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import Fuse from 'fuse.js';
import { sectionDoc } from '../data/search/documents';
import { SearchEngine } from '../data/search/engine';
import type { SearchDoc } from '../data/search/types';
import { loadStacks } from '../data/stacks/load';
import { syntheticCorpus } from './corpus';

const OUTPUT = join(import.meta.dirname, '../.output/chrome-mv3');

const bundled: SearchDoc[] = loadStacks().flatMap((stack) =>
  stack.notes.flatMap((note) =>
    note.sections.map((s) => sectionDoc(s, `${stack.title} › ${note.title}`)),
  ),
);

/** Typed one key at a time; typos included, as people type them. */
const QUERIES = [
  'select_rel',
  'midleware',
  'jwt refresh',
  'get_object_or_404',
  'serialzer',
  'n+1',
  'paginaton cursor',
  'transaction rollback',
  'validate_tokn',
];

const keystrokes = QUERIES.flatMap((q) =>
  Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)),
);

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function table(title: string, head: string[], rows: (string | number)[][], notes: string[] = []) {
  console.log(`\n### ${title}\n`);
  console.log(`| ${head.join(' | ')} |`);
  console.log(`| ${head.map(() => '---').join(' | ')} |`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  for (const note of notes) console.log(`\n${note}`);
}

const f2 = (n: number) => n.toFixed(2);

function latency(search: (q: string) => unknown, strokes: string[]): { p50: number; p95: number } {
  for (const q of strokes.slice(0, 20)) search(q);
  const times = strokes.map((q) => time(() => search(q)));
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

function searchTable() {
  const rows: (string | number)[][] = [];
  const notes: string[] = [];
  for (const size of [0, 1_000, 5_000, 10_000, 20_000, 50_000]) {
    const docs = [...bundled, ...syntheticCorpus(size)];
    let engine = new SearchEngine();
    const build = time(() => {
      engine = new SearchEngine(docs);
    });
    const ours = latency((q) => engine.search(q), keystrokes);
    const fuse = new Fuse(docs, { keys: ['title', 'keywords', 'text', 'code'] });
    // Plain Fuse scans every item on every key: sample keystrokes at the largest sizes.
    const sample = size >= 10_000 ? keystrokes.filter((_, i) => i % 4 === 0) : keystrokes;
    if (sample !== keystrokes)
      notes.push(`Plain Fuse.js at ${size.toLocaleString('en')} items: every 4th keystroke timed.`);
    const plain = latency((q) => fuse.search(q), sample);
    rows.push([
      size === 0 ? 'bundled only' : `bundled + ${size.toLocaleString('en')}`,
      docs.length.toLocaleString('en'),
      build.toFixed(0),
      f2(ours.p50),
      f2(ours.p95),
      f2(plain.p50),
      f2(plain.p95),
    ]);
  }
  table(
    `Search latency per keystroke (ms, ${keystrokes.length} keystrokes of ${QUERIES.length} queries)`,
    [
      'corpus',
      'items',
      'index build',
      'DevRecall p50',
      'DevRecall p95',
      'plain Fuse p50',
      'plain Fuse p95',
    ],
    rows,
    notes,
  );
}

function updateTable() {
  const engine = new SearchEngine([...bundled, ...syntheticCorpus(20_000)]);
  const extra = syntheticCorpus(1_000, 7).map((d) => ({ ...d, id: `${d.id}-extra` }));
  const add = time(() => extra.forEach((d) => engine.add(d)));
  const firstSearch = time(() => engine.search('query'));
  const remove = time(() => extra.forEach((d) => engine.remove(d.id)));
  table(
    'Incremental updates on a 20,000-item index (ms)',
    ['operation', 'ms'],
    [
      ['add 1,000 items', add.toFixed(1)],
      ['first search after adding', firstSearch.toFixed(1)],
      ['remove 1,000 items', remove.toFixed(1)],
    ],
  );
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** A page's scripts and styles: what its HTML references, plus their static imports. */
function pageAssets(html: string): string[] {
  const seen = new Set<string>();
  const visit = (ref: string) => {
    const path = join(OUTPUT, ref.replace(/^\//, ''));
    if (seen.has(path) || !existsSync(path)) return;
    seen.add(path);
    if (!path.endsWith('.js')) return;
    const code = readFileSync(path, 'utf8');
    for (const m of code.matchAll(
      /(?:^|[;}])\s*import\s*(?:[\w{},*\s$]+from\s*)?["'](\.\/[^"']+)["']/g,
    )) {
      visit(join('chunks', m[1] ?? ''));
    }
  };
  const text = readFileSync(join(OUTPUT, html), 'utf8');
  for (const m of text.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)) visit(m[1] ?? '');
  return [...seen];
}

function sizeTable() {
  if (!existsSync(OUTPUT)) {
    console.log('\nBundle sizes: no build found, run `npm run build` first.');
    return;
  }
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  const rows = filesUnder(OUTPUT)
    .filter((f) => /\.(js|css)$/.test(f))
    .map((f) => {
      const data = readFileSync(f);
      return [relative(OUTPUT, f), kb(data.length), kb(gzipSync(data).length)];
    });
  table('Built files (.output/chrome-mv3)', ['file', 'raw KB', 'gzip KB'], rows);

  const pages = ['popup.html', 'library.html', 'docs-panel.html', 'options.html'];
  const pageRows = pages.map((page) => {
    const assets = pageAssets(page);
    const js = assets.filter((a) => a.endsWith('.js')).map((a) => readFileSync(a));
    const raw = js.reduce((sum, d) => sum + d.length, 0);
    const gz = js.reduce((sum, d) => sum + gzipSync(d).length, 0);
    return [page, js.length, kb(raw), kb(gz)];
  });
  const content = readFileSync(join(OUTPUT, 'content-scripts/docs-sidebar.js'));
  pageRows.push(['docs content script', 1, kb(content.length), kb(gzipSync(content).length)]);
  table(
    'JavaScript loaded on open (static imports; lazy chunks excluded)',
    ['page', 'files', 'raw KB', 'gzip KB'],
    pageRows,
  );
}

searchTable();
updateTable();
sizeTable();
