// Figures that need the real browser: popup time to first results (empty and with thousands of
// notes), the docs index's load in the popup, bulk-inserting notes, and the docs content script's
// cost. Run `npm run build` first.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { serveDocs, docsUrl } from '../e2e/docs';
import { EXTENSION_DIR, launchExtension, type LoadedExtension } from '../e2e/extension';
import { DOCS_INDEX_MARKS } from '../data/docs-index/marks';
import { firstInput, firstSeen, table, watchSelectors } from './bench-page';
import { fileSizes } from './page-assets';
import { DOCS_INDEX_PATH } from './search-corpus';

const RUNS = 7;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};
const ms = (value: number) => value.toFixed(1);

type DocsMarks = Record<keyof typeof DOCS_INDEX_MARKS, number>;

/** The popup's docs index marks (ms from navigation start), once it is indexed. */
async function docsIndexMarks(page: Page): Promise<DocsMarks> {
  await page.waitForFunction(
    (ready) => performance.getEntriesByName(ready).length > 0,
    DOCS_INDEX_MARKS.ready,
    { timeout: 60_000 },
  );
  return page.evaluate(
    (marks) =>
      Object.fromEntries(
        Object.entries(marks).map(([key, name]) => [
          key,
          performance.getEntriesByName(name)[0]?.startTime ?? NaN,
        ]),
      ) as DocsMarks,
    DOCS_INDEX_MARKS,
  );
}

async function popupTimes(ext: LoadedExtension, query: string, expectId?: string) {
  const firstPaint: number[] = [];
  const firstResults: number[] = [];
  const typed: number[] = [];
  const docs: DocsMarks[] = [];
  for (let i = 0; i < RUNS; i++) {
    const found = expectId ? `.result[data-id="${expectId}"]` : '.result';
    const page = await ext.context.newPage();
    await page.addInitScript(watchSelectors, ['.browse-section', found]);
    await page.goto(`chrome-extension://${ext.id}/popup.html`);
    firstPaint.push(await firstSeen(page, '.browse-section'));
    // The query is typed the moment the box is there, as a quick user would: straight into the
    // focused box as keyboard input, without the driver's checks that wait on the page.
    await page.keyboard.insertText(query);
    firstResults.push(await firstSeen(page, found));
    typed.push(await firstInput(page));
    docs.push(await docsIndexMarks(page));
    await page.close();
  }
  const step = (from: keyof DocsMarks, to: keyof DocsMarks) =>
    median(docs.map((d) => d[to] - d[from]));
  return {
    firstPaint: median(firstPaint),
    firstResults: median(firstResults),
    typedToResults: median(firstResults.map((at, run) => at - (typed[run] as number))),
    docs: {
      requested: median(docs.map((d) => d.start)),
      fetch: step('start', 'read'),
      parse: step('read', 'parsed'),
      index: step('parsed', 'ready'),
      total: step('start', 'ready'),
      ready: median(docs.map((d) => d.ready)),
      /** Opens where the query was typed while the docs index loaded. */
      typedWhileLoading: docs.filter((d, run) => (typed[run] as number) < d.ready).length,
      /** Opens whose first results were on screen before the docs index was ready. */
      resultsFirst: docs.filter((d, run) => (firstResults[run] as number) < d.ready).length,
    },
  };
}

type PopupTimes = Awaited<ReturnType<typeof popupTimes>>;

function docsIndexRow(library: string, { firstResults, typedToResults, docs }: PopupTimes) {
  return [
    library,
    ms(docs.requested),
    ms(docs.fetch),
    ms(docs.parse),
    ms(docs.index),
    ms(docs.total),
    ms(docs.ready),
    ms(firstResults),
    ms(typedToResults),
    `${docs.typedWhileLoading} of ${RUNS}`,
    `${docs.resultsFirst} of ${RUNS}`,
  ];
}

async function insertNotes(page: Page, count: number): Promise<number> {
  return page.evaluate(
    (n) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('devrecall');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const started = performance.now();
          const tx = db.transaction('notes', 'readwrite');
          const store = tx.objectStore('notes');
          const words =
            'queryset manager migration serializer viewset middleware signal template form admin cache'.split(
              ' ',
            );
          for (let i = 0; i < n; i++) {
            const now = Date.now();
            store.put({
              id: `bench-${i}`,
              title: `Bench note ${i} about ${words[i % words.length]}`,
              body: `Notes on ${words[(i * 7) % words.length]} and ${words[(i * 3) % words.length]}: marker${i}.\n\n\`\`\`python\nresult_${i} = Model.objects.filter(pk=${i})\n\`\`\``,
              tags: [words[i % words.length]],
              createdAt: now,
              updatedAt: now,
            });
          }
          tx.oncomplete = () => {
            db.close();
            resolve(performance.now() - started);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    count,
  );
}

async function contentScriptCost(ext: LoadedExtension) {
  await serveDocs(ext.context);
  const launcher: number[] = [];
  const sinceLoad: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await ext.context.newPage();
    await page.goto(docsUrl('topics/db/queries/'));
    await page.waitForFunction(() => performance.getEntriesByName('devrecall:launcher').length > 0);
    const marks = await page.evaluate(() => {
      const start = performance.getEntriesByName('devrecall:start')[0]?.startTime ?? NaN;
      const shown = performance.getEntriesByName('devrecall:launcher')[0]?.startTime ?? NaN;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return { start, shown, loaded: nav.domContentLoadedEventEnd };
    });
    launcher.push(marks.shown - marks.start);
    sinceLoad.push(marks.shown - marks.loaded);
    await page.close();
  }
  return { launcher: median(launcher), sinceLoad: median(sinceLoad) };
}

async function main() {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    console.log('\nBrowser figures: no build found, run `npm run build` first.');
    return;
  }
  const ext = await launchExtension();
  try {
    const rows: (string | number)[][] = [];
    const docsRows: (string | number)[][] = [];
    const empty = await popupTimes(ext, 'select_rel', 'django/orm');
    rows.push(['bundled only', ms(empty.firstPaint), ms(empty.firstResults)]);
    docsRows.push(docsIndexRow('bundled only', empty));

    const library = await ext.openPage('library.html');
    let inserted = 0;
    const inserts: (string | number)[][] = [];
    for (const total of [10_000, 20_000]) {
      const took = await insertNotes(library, total);
      inserts.push([total.toLocaleString('en'), ms(took)]);
      inserted = total;
      const timed = await popupTimes(ext, `marker${inserted - 1}`, `note:bench-${inserted - 1}`);
      rows.push([
        `+ ${total.toLocaleString('en')} notes`,
        ms(timed.firstPaint),
        ms(timed.firstResults),
      ]);
      docsRows.push(docsIndexRow(`+ ${total.toLocaleString('en')} notes`, timed));
    }
    table(
      `Popup (Chromium, median of ${RUNS} opens; ms from navigation start)`,
      ['library', 'first paint (browse list)', 'first results for a typed query'],
      rows,
    );
    const { raw, gzip } = fileSizes(DOCS_INDEX_PATH);
    const assets = join(EXTENSION_DIR, 'assets');
    const engineFile = readdirSync(assets).find((f) => /^docs-index-.*\.bin$/.test(f));
    const engine = engineFile ? fileSizes(join(assets, engineFile)) : undefined;
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    table(
      `Docs index in the popup (Chromium, the same ${RUNS} opens, medians; data/docs-index/docs-index.json, ${kb(raw)}, ${kb(gzip)} gzip; its engine built at build time, ${engine ? `${kb(engine.raw)}, ${kb(engine.gzip)} gzip` : 'not built'})`,
      [
        'library',
        'requested (ms from navigation start)',
        'fetch + read ms',
        'parse ms (JSON and engine file)',
        'restore ms (engine built at build time)',
        'requested → ready ms',
        'ready (ms from navigation start)',
        'first results (ms from navigation start)',
        'typed → first results ms',
        'typed while the docs index loaded',
        'first results before the docs index was ready',
      ],
      docsRows,
    );
    table('Writing notes (one IndexedDB transaction)', ['notes', 'ms'], inserts);

    const cost = await contentScriptCost(ext);
    table(
      `Docs content script on topics/db/queries (median of ${RUNS})`,
      ['measure', 'ms'],
      [
        ['content script start → launcher shown', ms(cost.launcher)],
        ['DOMContentLoaded → launcher shown', ms(cost.sinceLoad)],
      ],
    );
  } finally {
    await ext.close();
  }
}

await main();
