// Start-up figures (`npm run bench:startup`, after `npm run build`): popup open → first result
// that is one of the user's notes, with 0 to 50,000 notes (plus 5,000 snippets) of the seeded
// synthetic library, from the page's navigation and from the first typed key reaching it; bundled
// results alone; the popup's JS heap (page and docs worker) at 50,000 notes; writing a note. The
// query is typed in the page the moment the search box is on screen, as the browser benchmark's
// quick user does, so the figures are the popup's and not the test driver's round trips.
// Prints Markdown tables, then as its last line one JSON object with the medians.
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchExtension, type LoadedExtension } from '../e2e/extension';
import { SEARCH_MARKS } from '../data/search/marks';
import {
  boxShown,
  firstInput,
  firstSeen,
  table,
  typeOnceShown,
  watchSelectors,
  workerHeaps,
} from './bench-page';
import { generateCorpus } from './synthetic-corpus';
import { putRecords } from '../e2e/db';
import { BUNDLED_QUERY, BUNDLED_TARGET, refreshIndex, TARGET, TARGET_QUERY } from './bench-library';
import { BARE_PAGE, buildWithFloorPages, floorOpens, type Floor } from './bench-floor';

const RUNS = 7;
const SIZES = [0, 1_000, 10_000, 20_000, 50_000];
const SNIPPETS = 5_000;
const BATCH = 2_000;

/** Typed a key at a time into a popup whose index is ready (those of `npm run bench`'s Node part). */
const TYPED = [
  'select_rel',
  'midleware',
  'jwt refresh',
  'get_object_or_404',
  'serialzer',
  'functino',
  'proceess',
  'build_ede_object',
];
/** The browser reports a key's event timing only from this long (ms), rounded to 8 ms. */
const EVENT_THRESHOLD = 16;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};
const round = (value: number) => Math.round(value * 10) / 10;

type Marks = Record<keyof typeof SEARCH_MARKS | 'domReady', number>;

interface Opens {
  /** When the search box's first frame was on screen. */
  boxShown: number;
  firstResult: number;
  /** From the first typed key reaching the page to the result. */
  keyToResult: number;
  heapMB: number;
  /** Medians of each step of loading the user's index, ms from navigation start. */
  marks: Marks;
}

/** Where the popup was on its own timeline at each step of loading the user's index. */
function readMarks(page: Page): Promise<Marks> {
  // No named functions inside: the page gets this function's source, without the bundler's helpers.
  return page.evaluate((names) => {
    const marks: Record<string, number> = {};
    for (const [key, name] of Object.entries(names)) {
      marks[key] = performance.getEntriesByName(name)[0]?.startTime ?? NaN;
    }
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    marks.domReady = nav.domContentLoadedEventEnd;
    return marks as Marks;
  }, SEARCH_MARKS);
}

/** Opens the popup RUNS times, typing `query` as soon as the box is on screen. */
async function popupOpens(ext: LoadedExtension, query: string, expectId: string): Promise<Opens> {
  const shown: number[] = [];
  const firstResult: number[] = [];
  const keyToResult: number[] = [];
  const heap: number[] = [];
  const marks: Marks[] = [];
  const found = `.result[data-id="${expectId}"]`;
  for (let i = 0; i < RUNS; i++) {
    const page = await ext.context.newPage();
    await page.addInitScript(watchSelectors, [found]);
    await page.addInitScript(typeOnceShown, query);
    const cdp = await ext.context.newCDPSession(page);
    const workersHeapMB = await workerHeaps(cdp);
    await page.goto(`chrome-extension://${ext.id}/popup.html`);
    firstResult.push(await firstSeen(page, found, 120_000));
    shown.push(await boxShown(page));
    keyToResult.push((firstResult.at(-1) as number) - (await firstInput(page)));
    await page.waitForFunction(
      (ready) => performance.getEntriesByName(ready).length > 0,
      SEARCH_MARKS.ready,
    );
    marks.push(await readMarks(page));
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    heap.push(usedSize / 1e6 + (await workersHeapMB()));
    await page.close();
  }
  const key = (name: keyof Marks) => median(marks.map((m) => m[name]));
  return {
    boxShown: median(shown),
    firstResult: median(firstResult),
    keyToResult: median(keyToResult),
    heapMB: median(heap),
    marks: Object.fromEntries(
      (Object.keys(marks[0] ?? {}) as (keyof Marks)[]).map((name) => [name, key(name)]),
    ) as Marks,
  };
}

interface Keystrokes {
  keys: number;
  /** Keys whose event, from the key press to the next paint, took at least `EVENT_THRESHOLD` ms. */
  slow: number;
  /** The 95th percentile of the keys' event durations; below the threshold it is not known. */
  p95: number | undefined;
  max: number;
  /** From each key press to the results for what was typed (or for a later key) in the page. */
  toResults: { p50: number; p95: number; max: number };
  /**
   * Where a key's time went, over every key: the page's own work on the key's events (its
   * handlers, the render and the ranking ahead; keys the browser did not report took less than
   * the threshold in all), the wait from the handlers to the key's frame being shown, and the
   * page's work from the docs worker's answer arriving to its results being shown.
   */
  split: { processingP95: number; presentationP50: number; answerToResults: Spread };
}

interface Spread {
  p50: number;
  p95: number;
}

/** The median and 95th percentile of `values` (NaN when there are none). */
function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.ceil(sorted.length * q) - 1] ?? NaN;
  return { p50: at(0.5), p95: at(0.95) };
}

/**
 * Types `TYPED` a key at a time into a popup once its index is ready, and reads each key's event
 * timing (key press to next paint: search, render and paint) from the browser's own Event Timing.
 * `path` may name the bare popup page instead, for what a box with no script takes.
 */
async function keystrokes(ext: LoadedExtension, path = 'popup.html'): Promise<Keystrokes> {
  const page = await ext.context.newPage();
  // When each message from a worker (the docs index's answers) reaches the page, before the page's
  // own handler runs. As source text: a class or function here would get the bundler's helpers.
  await page.addInitScript({
    content: `(() => {
      const arrivals = [];
      const Native = window.Worker;
      window.__workerMessages = arrivals;
      window.Worker = new Proxy(Native, {
        construct: (target, args) => {
          const worker = Reflect.construct(target, args);
          worker.addEventListener('message', () => arrivals.push(performance.now()));
          return worker;
        },
      });
    })();`,
  });
  await page.addInitScript((threshold) => {
    const durations = new Map<number, number>();
    // Per key: its events' handler time summed, and the wait from the last handler to its frame.
    const split = new Map<number, { processing: number; end: number; shown: number }>();
    Object.assign(window, { __keyDurations: durations, __keySplit: split });
    new PerformanceObserver((list) => {
      // `interactionId` groups a key's events; not yet in the DOM typings.
      for (const entry of list.getEntries() as (PerformanceEventTiming & {
        interactionId?: number;
      })[]) {
        if (!entry.interactionId) continue;
        const key = split.get(entry.interactionId) ?? { processing: 0, end: 0, shown: 0 };
        key.processing += entry.processingEnd - entry.processingStart;
        key.end = Math.max(key.end, entry.processingEnd);
        key.shown = Math.max(key.shown, entry.startTime + entry.duration);
        split.set(entry.interactionId, key);
        if (entry.name !== 'keydown') continue;
        durations.set(
          entry.interactionId,
          Math.max(durations.get(entry.interactionId) ?? 0, entry.duration),
        );
      }
    }).observe({
      type: 'event',
      durationThreshold: threshold,
      buffered: true,
    } as PerformanceObserverInit);
    // Each key press and the box's text after it; each time the results shown change, and the
    // query they are for (the docs-search row names it).
    const presses: { at: number; value?: string }[] = [];
    const shown: { at: number; query: string }[] = [];
    Object.assign(window, { __presses: presses, __shown: shown });
    document.addEventListener('keydown', (event) => presses.push({ at: event.timeStamp }), {
      capture: true,
    });
    document.addEventListener(
      'input',
      (event) => {
        const last = presses.at(-1);
        if (last) last.value = (event.target as HTMLInputElement).value.trim();
      },
      { capture: true },
    );
    new MutationObserver(() => {
      const query = document.querySelector('.docs-search strong')?.textContent;
      if (query !== undefined && query !== null && query !== shown.at(-1)?.query) {
        shown.push({ at: performance.now(), query });
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  }, EVENT_THRESHOLD);
  await page.goto(`chrome-extension://${ext.id}/${path}`);
  if (path !== BARE_PAGE) {
    await page.waitForFunction(
      (ready) => performance.getEntriesByName(ready).length > 0,
      SEARCH_MARKS.ready,
      { timeout: 120_000 },
    );
  }
  const box = page.getByRole('combobox');
  let keys = 0;
  for (const query of TYPED) {
    await box.fill('');
    await box.pressSequentially(query, { delay: 60 });
    keys += query.length;
  }
  await page.waitForTimeout(500);
  const measured = await page.evaluate(() => [
    ...(window as unknown as { __keyDurations: Map<number, number> }).__keyDurations.values(),
  ]);
  const { presses, shown, split, messages } = await page.evaluate(() => {
    const seen = window as unknown as {
      __presses: { at: number; value?: string }[];
      __shown: { at: number; query: string }[];
      __keySplit: Map<number, { processing: number; end: number; shown: number }>;
      __workerMessages: number[];
    };
    return {
      presses: seen.__presses,
      shown: seen.__shown,
      split: [...seen.__keySplit.values()],
      messages: seen.__workerMessages,
    };
  });
  await page.close();
  // A key is answered by the first results shown after it for its text or a longer one typed
  // after it; keys that leave the trimmed text as it was (a space, clearing) are not counted.
  const toResults: number[] = [];
  const answerToResults: number[] = [];
  presses.forEach((press, i) => {
    const previous = presses[i - 1]?.value;
    if (!press.value || press.value === previous) return;
    const answer = shown.find((s) => s.at >= press.at && s.query.startsWith(press.value as string));
    if (!answer) return;
    toResults.push(answer.at - press.at);
    const message = messages.filter((m) => m >= press.at && m <= answer.at).at(-1);
    if (message !== undefined) answerToResults.push(answer.at - message);
  });
  // Clearing the box between queries is an interaction too: the slowest `keys` of what the
  // browser reported stand for the keys, and the keys it did not report count as 0 (below the
  // threshold), so both make up every key.
  const slowest = (reported: number[]) => [...reported].sort((a, b) => b - a).slice(0, keys);
  const everyKey = (reported: number[]) => [
    ...reported,
    ...new Array<number>(keys - reported.length).fill(0),
  ];
  const slow = slowest(measured);
  const p95 = spread(everyKey(slow)).p95;
  return {
    keys,
    slow: slow.length,
    p95: p95 >= EVENT_THRESHOLD ? p95 : undefined,
    max: slow[0] ?? 0,
    toResults: { ...spread(toResults), max: toResults.length ? Math.max(...toResults) : NaN },
    split: {
      processingP95: spread(everyKey(slowest(split.map((k) => k.processing)))).p95,
      presentationP50: spread(split.map((k) => k.shown - k.end)).p50,
      answerToResults: spread(answerToResults),
    },
  };
}

/** A row of the keystroke table. */
const keystrokeRow = (label: string, typed: Keystrokes): (string | number)[] => [
  label,
  typed.keys,
  typed.slow,
  typed.p95 === undefined ? `< ${EVENT_THRESHOLD}` : round(typed.p95),
  typed.slow ? round(typed.max) : `< ${EVENT_THRESHOLD}`,
  // A bare page shows no results.
  ...[typed.toResults.p50, typed.toResults.p95, typed.toResults.max].map((ms) =>
    Number.isNaN(ms) ? '-' : round(ms),
  ),
];

/** A row of the table of where a key's time goes. */
const splitRow = (label: string, typed: Keystrokes): (string | number)[] => [
  label,
  round(typed.split.processingP95),
  round(typed.split.presentationP50),
  round(typed.split.answerToResults.p50),
  round(typed.split.answerToResults.p95),
];

/** How many term-list records there are and their terms' and ids' size (UTF-16, MB). */
function listsSize(page: Page): Promise<{ rows: number; mb: number }> {
  return page.evaluate(
    () =>
      new Promise<{ rows: number; mb: number }>((resolve, reject) => {
        const open = indexedDB.open('devrecall');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('searchLists').objectStore('searchLists').getAll();
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const lists = request.result as { term: string; ids: string }[];
            let chars = 0;
            for (const list of lists) chars += list.term.length + list.ids.length;
            db.close();
            resolve({ rows: lists.length, mb: (chars * 2) / 1e6 });
          };
        };
      }),
  );
}

/** One note and its journal entry written in one transaction, as saving a note does. */
function saveNoteTimes(page: Page): Promise<number[]> {
  return page.evaluate(async (runs) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('devrecall');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(['notes', 'searchJournal'], 'readwrite');
        const now = Date.now();
        const id = `bench-save-${i}`;
        tx.objectStore('notes').put({
          id,
          title: `Saved note ${i}`,
          body: 'Use `select_related` for foreign keys followed in templates.',
          tags: [],
          createdAt: now,
          updatedAt: now,
        });
        tx.objectStore('searchJournal').add({ table: 'notes', key: id, at: now });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      times.push(performance.now() - started);
    }
    db.close();
    return times;
  }, RUNS);
}

async function main() {
  const largest = Math.max(...SIZES);
  // Enough items that the notes among them reach the largest size, plus the snippets.
  const corpus = generateCorpus(Math.ceil(largest / 0.68));
  const notes = corpus.records.flatMap((r) => (r.kind === 'note' ? [r.note] : []));
  const snippets = corpus.records
    .flatMap((r) => (r.kind === 'snippet' ? [r.snippet] : []))
    .slice(0, SNIPPETS);
  if (notes.length < largest) throw new Error('The synthetic library has too few notes.');

  const build = buildWithFloorPages(EXTENSION_DIR);
  const ext = await launchExtension(undefined, { dir: build.dir });
  try {
    const bundled = await popupOpens(ext, BUNDLED_QUERY, BUNDLED_TARGET);
    const library = await ext.openPage('library.html');
    await putRecords(library, 'notes', [TARGET]);

    const own: Record<string, number> = {};
    const rows: (string | number)[][] = [];
    const steps: (string | number)[][] = [];
    const keyRows: (string | number)[][] = [];
    const splitRows: (string | number)[][] = [];
    const floors: (string | number)[][] = [];
    let heapMB50k = NaN;
    let saveMs = NaN;
    let inserted = 0;
    let snippetsIn = false;
    for (const size of SIZES) {
      for (; inserted < size; inserted += BATCH) {
        await putRecords(library, 'notes', notes.slice(inserted, Math.min(size, inserted + BATCH)));
      }
      if (size > 0 && !snippetsIn) {
        for (let i = 0; i < snippets.length; i += BATCH) {
          await putRecords(library, 'snippets', snippets.slice(i, i + BATCH));
        }
        snippetsIn = true;
      }
      const rebuildMs = await refreshIndex(library);
      const opens = await popupOpens(ext, TARGET_QUERY, `note:${TARGET.id}`);
      own[String(size)] = round(opens.firstResult);
      if (size >= 20_000) {
        const floor: Floor = await floorOpens(ext, RUNS, TARGET_QUERY, TARGET.id);
        floors.push([
          size.toLocaleString('en'),
          round(floor.boxShown),
          round(floor.read),
          round(opens.boxShown),
          round(opens.firstResult),
        ]);
      }
      if (size === 0 || size >= 20_000) {
        const typed = await keystrokes(ext);
        keyRows.push(keystrokeRow(size.toLocaleString('en'), typed));
        splitRows.push(splitRow(size.toLocaleString('en'), typed));
      }
      if (size === largest) {
        heapMB50k = round(opens.heapMB);
        saveMs = round(median(await saveNoteTimes(library)));
      }
      const m = opens.marks;
      steps.push([
        size.toLocaleString('en'),
        round(m.domReady),
        round(m.start),
        round(m.read - m.start),
        round(m.restored - m.read),
        round(m.loaded - m.restored),
        round(m.ready - m.loaded),
        round(m.early),
        round(opens.firstResult),
      ]);
      const lists = await listsSize(library);
      rows.push([
        size.toLocaleString('en'),
        size > 0 ? SNIPPETS.toLocaleString('en') : 0,
        round(opens.boxShown),
        round(opens.firstResult),
        round(opens.keyToResult),
        round(opens.heapMB),
        Math.round(rebuildMs),
        `${lists.rows.toLocaleString('en')} / ${round(lists.mb)}`,
      ]);
    }
    table(
      `Popup open → first result that is the user's note (headless Chromium, median of ${RUNS} opens, ms)`,
      [
        'notes',
        'snippets',
        'search box on screen',
        'first own result',
        'first key → own result',
        'popup JS heap MB (page + docs worker)',
        'background index build ms',
        'term lists: records / MB',
      ],
      [
        [
          `bundled only: \`${BUNDLED_QUERY}\``,
          0,
          round(bundled.boxShown),
          round(bundled.firstResult),
          round(bundled.keyToResult),
          round(bundled.heapMB),
          '-',
          '-',
        ],
        ...rows,
      ],
    );
    table(
      `Popup start-up, step by step (the popup's own performance timeline, medians of the same opens; ms)`,
      [
        'notes',
        'DOM ready',
        'index load starts',
        'stored index read',
        'checked + restored',
        'journal replayed',
        'loaded → ready',
        'first term-list answer',
        'first own result',
      ],
      steps,
    );
    table(
      `Keystrokes in the popup once its index is ready (${TYPED.length} queries typed a key at a time; the browser's Event Timing, key press to next paint, reported from ${EVENT_THRESHOLD} ms; and from the key press to its results in the page)`,
      [
        'notes',
        'keys',
        `keys ≥ ${EVENT_THRESHOLD} ms`,
        'p95 ms',
        'max ms',
        'key → results p50',
        'p95',
        'max',
      ],
      [...keyRows, keystrokeRow('bare page (no script)', await keystrokes(ext, BARE_PAGE))],
    );
    table(
      `Where a key's time goes in the popup (the same keys; the browser's Event Timing splits each reported key into the page's work on its events, which includes ranking the user's records ahead, and the wait for the key's frame to be shown; the docs worker's answer reaches the page only after that frame, and the page then shows the results)`,
      [
        'notes',
        'work on the key p95 ms',
        'key handled → its frame shown p50',
        'docs answer in → results shown p50',
        'p95',
      ],
      splitRows,
    );
    table(
      `What the browser itself takes here: the popup's page with none of its scripts, and with one classic script that only opens the database and reads the typed word's term list and its note (no search, no UI); medians of ${RUNS} opens, ms from navigation`,
      [
        'notes',
        'bare page: box on screen',
        'bare page + read: list and note in the page',
        'popup: box on screen',
        'popup: first own result',
      ],
      floors,
    );
    table(
      `Saving a note at ${largest.toLocaleString('en')} notes (note and journal entry in one transaction, median of ${RUNS})`,
      ['ms'],
      [[saveMs]],
    );
    console.log(
      JSON.stringify({
        ownNoteFirstResultMs: Object.fromEntries(
          ['0', '10000', '20000', '50000'].map((k) => [k, own[k] ?? null]),
        ),
        bundledFirstResultMs: round(bundled.firstResult),
        heapMB50k,
      }),
    );
  } finally {
    await ext.close();
    build.remove();
  }
}

await main();
