// `npm run bench:backup` (after `npm run build`; heavy, not part of `npm test`): a library of
// 50,000 notes and 20,000 snippets of the synthetic corpus is exported from the Backup page in one
// headless Chromium, imported from that file in a fresh one, and every table compared. Prints the
// file size, the times and the importing page's JS heap, then one JSON line. NOTES and SNIPPETS
// in the environment give a smaller run.
import { isDeepStrictEqual } from 'node:util';
import { rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { putRecords, readAllTables } from '../e2e/db';
import { launchExtension } from '../e2e/extension';
import { table } from './bench-page';
import { generateCorpus } from './synthetic-corpus';

const NOTES = Number(process.env.NOTES ?? 50_000);
const SNIPPETS = Number(process.env.SNIPPETS ?? 20_000);
const BATCH = 2_000;
const round = (value: number) => Math.round(value * 10) / 10;
const mb = (bytes: number) => round(bytes / 1024 / 1024);

async function main() {
  const corpus = generateCorpus(Math.ceil(Math.max(NOTES / 0.68, SNIPPETS / 0.28)));
  const notes = corpus.records.flatMap((r) => (r.kind === 'note' ? [r.note] : [])).slice(0, NOTES);
  const snippets = corpus.records
    .flatMap((r) => (r.kind === 'snippet' ? [r.snippet] : []))
    .slice(0, SNIPPETS);

  // Export from one browser.
  const source = await launchExtension();
  const files: string[] = [];
  let before: Record<string, unknown[]>;
  let exportMs: number;
  try {
    const page = await source.openPage('library.html#/backup');
    await page.getByRole('heading', { name: 'Backup & data' }).waitFor();
    for (let i = 0; i < notes.length; i += BATCH) {
      await putRecords(page, 'notes', notes.slice(i, i + BATCH));
    }
    for (let i = 0; i < snippets.length; i += BATCH) {
      await putRecords(page, 'snippets', snippets.slice(i, i + BATCH));
    }
    before = await readAllTables(page);
    const started = performance.now();
    const download = page.waitForEvent('download', { timeout: 300_000 });
    await page.getByRole('button', { name: 'Export backup (JSON)' }).click();
    const path = join(tmpdir(), `devrecall-bench-${Date.now()}.json`);
    await (await download).saveAs(path);
    exportMs = performance.now() - started;
    files.push(path);
  } finally {
    await source.close();
  }

  // Import into a fresh browser, watching the page's heap while it runs.
  const target = await launchExtension();
  try {
    const page = await target.openPage('library.html#/backup');
    await page.getByRole('heading', { name: 'Backup & data' }).waitFor();
    const cdp = await target.context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heapBefore = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    let heapPeak = heapBefore;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        heapPeak = Math.max(heapPeak, usedSize);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
    const started = performance.now();
    await page.locator('input[type=file]').setInputFiles(files);
    await page
      .locator('.import-report')
      .getByText('Import complete.')
      .waitFor({ timeout: 600_000 });
    const importMs = performance.now() - started;
    sampling = false;
    await sampler;
    const report = (await page.locator('.import-report').textContent()) ?? '';
    const after = await readAllTables(page);
    const equal = isDeepStrictEqual(after, before);
    const bytes = files.reduce((n, f) => n + statSync(f).size, 0);

    table(
      'Backup export and import through the Backup page (headless Chromium)',
      [
        'notes',
        'snippets',
        'files',
        'file MB',
        'export s',
        'import s',
        'page heap before MB',
        'page heap peak while importing MB',
        'every table deep-equal',
      ],
      [
        [
          NOTES.toLocaleString('en'),
          SNIPPETS.toLocaleString('en'),
          files.length,
          mb(bytes),
          round(exportMs / 1000),
          round(importMs / 1000),
          mb(heapBefore),
          mb(heapPeak),
          equal ? 'yes' : 'NO',
        ],
      ],
    );
    console.log(report.includes(`notes: ${NOTES} added`) ? '' : `\nImport report: ${report}`);
    console.log(
      JSON.stringify({
        notes: NOTES,
        snippets: SNIPPETS,
        fileMB: mb(bytes),
        exportS: round(exportMs / 1000),
        importS: round(importMs / 1000),
        heapPeakMB: mb(heapPeak),
        deepEqual: equal,
      }),
    );
    if (!equal) process.exitCode = 1;
  } finally {
    await target.close();
    for (const file of files) rmSync(file, { force: true });
  }
}

await main();
