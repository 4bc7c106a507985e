// Related-notes figures (part of `npm run bench`): the matcher's cost per docs page over every
// labelled page (Node), and in Chromium (after `npm run build`) the docs content script's time to
// the launcher with the whole article read, and reading the page's sections when the panel opens.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { docsUrl, serveDocs } from '../e2e/docs';
import { EXTENSION_DIR, launchExtension } from '../e2e/extension';
import { parseLabelFile } from '../data/docs/evaluate-related';
import { relatedSections } from '../data/docs/related';
import { loadStacks } from '../data/stacks/load';
import { table } from './bench-page';

const LABELS = resolve(import.meta.dirname, '../data/docs/fixtures');
/** Timed calls per page; the page's figure is their median. */
const CALLS = 15;
const RUNS = 5;
const PAGES = [
  'ref/csrf/',
  'intro/tutorial01/',
  'topics/db/queries/',
  'ref/models/fields/',
  'ref/models/querysets/',
];

const ms = (value: number) => value.toFixed(2);
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

function matcherCost() {
  const sections = loadStacks().flatMap((stack) => stack.notes.flatMap((note) => note.sections));
  const files = readdirSync(LABELS).filter((f) => /^related-.*\.json$/.test(f));
  const pages = files.flatMap(
    (f) => parseLabelFile(JSON.parse(readFileSync(join(LABELS, f), 'utf8'))).pages,
  );
  const contexts = pages.map((p) => ({
    url: p.url,
    title: p.title,
    headings: p.headings,
    text: p.intro,
    body: p.body,
  }));
  // The first call indexes the sections (kept while they stay the same array).
  const first = performance.now();
  relatedSections(contexts[0] ?? { url: '', title: '', headings: [], text: '' }, sections);
  const indexing = performance.now() - first;
  const perPage = contexts.map((page) => {
    const times: number[] = [];
    for (let i = 0; i < CALLS; i++) {
      const start = performance.now();
      relatedSections(page, sections);
      times.push(performance.now() - start);
    }
    return percentile(times, 50);
  });
  table(
    `Related matcher per docs page (Node, ${pages.length} labelled pages in ${files.length} files, median of ${CALLS} calls each)`,
    ['measure', 'ms'],
    [
      ['first call (indexes the sections)', ms(indexing)],
      ['p50 per page', ms(percentile(perPage, 50))],
      ['p95 per page', ms(percentile(perPage, 95))],
      ['max per page', ms(Math.max(...perPage))],
    ],
  );
}

async function contentScript() {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    console.log('\nContent script figures: no build found, run `npm run build` first.');
    return;
  }
  const ext = await launchExtension();
  try {
    await serveDocs(ext.context);
    // One untimed load first: the background's first answer also starts it and indexes the stacks.
    const warm = await ext.context.newPage();
    await warm.goto(docsUrl(PAGES[0] ?? ''));
    await warm.waitForFunction(() => performance.getEntriesByName('devrecall:launcher').length);
    await warm.close();
    const rows: (string | number)[][] = [];
    let opened = false;
    for (const path of PAGES) {
      const read: number[] = [];
      const launcher: number[] = [];
      const parts: number[] = [];
      let body = 0;
      for (let i = 0; i < RUNS; i++) {
        const page = await ext.context.newPage();
        await page.goto(docsUrl(path));
        await page.bringToFront();
        await page.waitForFunction(() => performance.getEntriesByName('devrecall:launcher').length);
        if (!opened) {
          // Opens the panel: the setting keeps it open on the next loads, which read the sections.
          await ext.worker.evaluate(() => devrecall.toggleSidebarInActiveTab());
          opened = true;
        }
        await page.waitForFunction(() => performance.getEntriesByName('devrecall:parts').length);
        // No helper functions inside: tsx would wrap them in a name helper the page lacks.
        const t = await page.evaluate(() => {
          const [start, read, shown] = ['start', 'read', 'launcher'].map(
            (name) => performance.getEntriesByName(`devrecall:${name}`)[0]?.startTime ?? NaN,
          ) as [number, number, number];
          return {
            read: read - start,
            launcher: shown - start,
            parts: performance.getEntriesByName('devrecall:parts')[0]?.duration ?? NaN,
            body: document.querySelector('article#docs-content')?.textContent?.length ?? 0,
          };
        });
        read.push(t.read);
        launcher.push(t.launcher);
        parts.push(t.parts);
        body = t.body;
        await page.close();
      }
      rows.push([
        path,
        Math.round(body / 1000),
        ms(percentile(read, 50)),
        ms(percentile(launcher, 50)),
        ms(percentile(parts, 50)),
      ]);
    }
    table(
      `Docs content script (Chromium, median of ${RUNS} loads; ms)`,
      [
        'page',
        'article text (k chars)',
        'start → page read (body included)',
        'start → launcher shown',
        'sections read for the panel',
      ],
      rows,
    );
  } finally {
    await ext.close();
  }
}

matcherCost();
await contentScript();
