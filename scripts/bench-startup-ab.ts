// Two builds' popup start side by side (`npm run bench:startup:ab -- OTHER_BUILD [BUILD]`, each an
// unpacked Chrome build such as a checkout's `.output/chrome-mv3`; BUILD defaults to this
// checkout's): the same library in each, and opens taken in turn, A B then B A, so that both
// builds meet the same load on the machine. On a busy machine `bench:startup`'s figures move by tens
// of ms between runs; a change of that size shows only against the other build in the same run.
// Options: `--notes N` (default 20,000, plus 5,000 snippets), `--opens N` per build (default 25).
// Then the same for the first bundled result, typed into each build on a fresh profile.
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchExtension, type LoadedExtension } from '../e2e/extension';
import { SEARCH_MARKS } from '../data/search/marks';
import { boxShown, firstSeen, table, typeOnceShown, watchSelectors } from './bench-page';
import { putRecords } from '../e2e/db';
import { BUNDLED_QUERY, BUNDLED_TARGET, refreshIndex, TARGET, TARGET_QUERY } from './bench-library';
import { generateCorpus } from './synthetic-corpus';

const SNIPPETS = 5_000;
const BATCH = 2_000;
const FOUND = `.result[data-id="note:${TARGET.id}"]`;

interface Open {
  boxShown: number;
  indexLoadStarts: number;
  firstTermListAnswer: number;
  firstOwnResult: number;
}

function options(argv: string[]) {
  const builds: string[] = [];
  const numbers = { notes: 20_000, opens: 25 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const name = arg.replace(/^--/, '');
    if (!arg.startsWith('--')) builds.push(arg);
    else if ((name === 'notes' || name === 'opens') && Number(argv[i + 1]) > 0) {
      numbers[name] = Number(argv[++i]);
    } else throw new Error(`Unknown option or missing number: ${arg}`);
  }
  if (builds.length < 1 || builds.length > 2) {
    throw new Error('Usage: bench:startup:ab -- OTHER_BUILD [BUILD] [--notes N] [--opens N]');
  }
  return { builds: [builds[0] as string, builds[1] ?? EXTENSION_DIR], ...numbers };
}

async function withLibrary(dir: string, notes: object[], snippets: object[]) {
  const ext = await launchExtension(undefined, { dir });
  const library = await ext.openPage('library.html');
  await putRecords(library, 'notes', [TARGET]);
  for (let i = 0; i < notes.length; i += BATCH) {
    await putRecords(library, 'notes', notes.slice(i, i + BATCH));
  }
  for (let i = 0; i < snippets.length; i += BATCH) {
    await putRecords(library, 'snippets', snippets.slice(i, i + BATCH));
  }
  await refreshIndex(library);
  await library.close();
  return ext;
}

/**
 * Opens the popup with `query` typed once its box is on screen: when `found` was first seen there,
 * and the box shown, ms from navigation. `measure` reads more from the page before it is closed.
 */
async function typedOpen<T>(
  ext: LoadedExtension,
  query: string,
  found: string,
  measure: (page: Page) => Promise<T>,
): Promise<{ boxShown: number; result: number; more: T }> {
  const page: Page = await ext.context.newPage();
  await page.addInitScript(watchSelectors, [found]);
  await page.addInitScript(typeOnceShown, query);
  await page.goto(`chrome-extension://${ext.id}/popup.html`);
  const result = await firstSeen(page, found, 120_000);
  const shown = await boxShown(page);
  const more = await measure(page);
  await page.close();
  return { boxShown: shown, result, more };
}

async function popupOpen(ext: LoadedExtension): Promise<Open> {
  const open = await typedOpen(ext, TARGET_QUERY, FOUND, (page) =>
    page.evaluate(
      (names) => names.map((name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN),
      [SEARCH_MARKS.start, SEARCH_MARKS.early],
    ),
  );
  const [indexLoadStarts, firstTermListAnswer] = open.more;
  return {
    boxShown: open.boxShown,
    indexLoadStarts: indexLoadStarts ?? NaN,
    firstTermListAnswer: firstTermListAnswer ?? NaN,
    firstOwnResult: open.result,
  };
}

/** A popup opened on a fresh profile, the bundled query typed once its box is on screen. */
const bundledOpen = (ext: LoadedExtension) =>
  typedOpen(ext, BUNDLED_QUERY, `.result[data-id="${BUNDLED_TARGET}"]`, async () => undefined);

/** Opens each build's popup `opens` times in turn, A B then B A. */
async function inTurn<T>(
  exts: LoadedExtension[],
  builds: string[],
  opens: number,
  open: (ext: LoadedExtension) => Promise<T>,
): Promise<T[][]> {
  const seen: T[][] = exts.map(() => []);
  for (let i = 0; i < opens; i++) {
    for (const which of i % 2 ? [1, 0] : [0, 1]) {
      const result = await open(exts[which] as LoadedExtension).catch((error: unknown) => {
        throw new Error(`${builds[which]}, open ${i + 1}: ${String(error)}`);
      });
      seen[which]?.push(result);
    }
  }
  return seen;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)] ?? NaN);
};

/** The median of the second build's figure minus the first's, open by open. */
const pairedMedian = <T>(seen: T[][], figure: (open: T) => number) =>
  median((seen[1] ?? []).map((open, i) => figure(open) - figure(seen[0]?.[i] as T)));

async function main() {
  const { builds, notes: size, opens } = options(process.argv.slice(2));
  const corpus = generateCorpus(Math.ceil(size / 0.68));
  const notes = corpus.records.flatMap((r) => (r.kind === 'note' ? [r.note] : [])).slice(0, size);
  const snippets = corpus.records
    .flatMap((r) => (r.kind === 'snippet' ? [r.snippet] : []))
    .slice(0, SNIPPETS);
  const exts: LoadedExtension[] = [];
  try {
    for (const dir of builds) exts.push(await withLibrary(dir, notes, snippets));
    const seen = await inTurn(exts, builds, opens, popupOpen);
    const steps: (keyof Open)[] = [
      'boxShown',
      'indexLoadStarts',
      'firstTermListAnswer',
      'firstOwnResult',
    ];
    table(
      `Popup start, two builds in turn (${size.toLocaleString('en')} notes + ${SNIPPETS.toLocaleString('en')} snippets, headless Chromium, median of ${opens} opens each, ms from navigation)`,
      [
        'build',
        'search box on screen',
        'index load starts',
        'first term-list answer',
        'first own result',
      ],
      builds.map((dir, b) => [
        dir,
        ...steps.map((step) => median((seen[b] ?? []).map((o) => o[step]))),
      ]),
    );
    console.log(
      `\nFirst own result, second build minus first, median of pairs: ${pairedMedian(seen, (o) => o.firstOwnResult)} ms`,
    );
  } finally {
    for (const ext of exts) await ext.close();
  }

  const fresh: LoadedExtension[] = [];
  try {
    for (const dir of builds) fresh.push(await launchExtension(undefined, { dir }));
    const seen = await inTurn(fresh, builds, opens, bundledOpen);
    table(
      `Bundled results, two builds in turn (fresh profile, \`${BUNDLED_QUERY}\` typed as the box shows, median of ${opens} opens each, ms from navigation)`,
      ['build', 'search box on screen', 'first bundled result'],
      builds.map((dir, b) => [
        dir,
        median((seen[b] ?? []).map((o) => o.boxShown)),
        median((seen[b] ?? []).map((o) => o.result)),
      ]),
    );
    console.log(
      `\nFirst bundled result, second build minus first, median of pairs: ${pairedMedian(seen, (o) => o.result)} ms`,
    );
  } finally {
    for (const ext of fresh) await ext.close();
  }
}

await main();
