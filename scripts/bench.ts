// Search and bundle figures (`npm run bench`): per-keystroke latency of DevRecall's search and of
// plain default Fuse.js on the same items, index costs, and what each page loads. Prints Markdown
// tables; each table is one function in SECTIONS, so more can be added.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import Fuse from 'fuse.js';
import type { PageContext } from '../data/docs/docs-page';
import { relatedSections } from '../data/docs/related';
import { sectionDoc } from '../data/search/documents';
import { SearchEngine } from '../data/search/engine';
import { identifierParts, words } from '../data/search/tokenize';
import type { SearchDoc } from '../data/search/types';
import type { Section } from '../data/stacks/content';
import { loadStackPacks, loadStacks } from '../data/stacks/load';
import { checkPack, type StackPack } from '../data/stacks/pack';
import { packText } from '../data/stacks/pack-format';
import { packToStack } from '../data/stacks/pack-stack';
import { docsSearchDocs } from '../data/docs-index/docs';
import { mergeHits } from '../data/search/combined';
import { LineFinder } from '../data/search/excerpt';
import { ROWS_IN_VIEW } from '../components/ResultList';
import { decodeSnapshot, encodeSnapshot } from '../data/search/snapshot-file';
import { indexChecksum } from '../data/search/stored-index';
import { docsSnapshotFile } from './docs-snapshot-plugin';
import { fileSizes, pageAssets } from './page-assets';
import { DOCS_INDEX_PATH, readDocsIndex } from './search-corpus';
import { generateCorpus, Random, VOCABULARY, withTypo } from './synthetic-corpus';

const OUTPUT = join(import.meta.dirname, '../.output/chrome-mv3');
/** Synthetic items added to the bundled sections; 0 is the bundled sections alone. */
const SIZES = [0, 1_000, 5_000, 20_000, 50_000];
/** Timed passes over all keystrokes for DevRecall's engine (after one warm-up pass). */
const PASSES = 3;
/** Rough time allowed for plain Fuse.js per corpus; past it, only every n-th keystroke is timed. */
const FUSE_BUDGET_MS = 20_000;

const bundledStacks = loadStacks();
const bundledSections: Section[] = bundledStacks.flatMap((stack) =>
  stack.notes.flatMap((note) => note.sections),
);
const bundled: SearchDoc[] = bundledStacks.flatMap((stack) =>
  stack.notes.flatMap((note) =>
    note.sections.map((s) => sectionDoc(s, `${stack.title} › ${note.title}`)),
  ),
);

/** Up to the largest corpus once; smaller ones are its prefixes (same seed, same items). */
const synthetic = generateCorpus(Math.max(...SIZES));
const corpus = (size: number): SearchDoc[] => [...bundled, ...synthetic.docs.slice(0, size)];

/** Words of the synthetic library typed with a typo: two prose words and a common identifier. */
function syntheticQueries(): string[] {
  const rand = new Random(7);
  const prose = VOCABULARY.slice(150, 1500).filter((w) => w.length >= 7 && /^[a-z]+$/.test(w));
  const identifier = synthetic.identifiers.find((id) => /^[a-z]+_[a-z]+_[a-z]+$/.test(id));
  return [rand.pick(prose), rand.pick(prose), identifier ?? 'get_user_profile'].map((w) =>
    withTypo(w, rand),
  );
}

/** Typed one key at a time; typos included, as people type them. */
const QUERIES = [
  'select_rel',
  'midleware',
  'jwt refresh',
  'get_object_or_404',
  'serialzer',
  ...syntheticQueries(),
];

const KEYSTROKES = QUERIES.flatMap((q) =>
  Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)),
);

/** Every letter alone, and common two-letter starts: each completes to much of the index. */
const ONE_LETTER = [...'abcdefghijklmnopqrstuvwxyz'];
const TWO_LETTERS = 'se qu mo fo vi ge cs dj te ad ca mi re pa st ur fi de co in'.split(' ');
const SHORT_QUERIES = [...ONE_LETTER, ...TWO_LETTERS];

// Helpers

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

const ms = (n: number) => n.toFixed(2);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const count = (n: number) => n.toLocaleString('en');
const ordinal = (n: number) => `${n}${n === 2 ? 'nd' : n === 3 ? 'rd' : 'th'}`;
const corpusName = (size: number) => (size === 0 ? 'bundled only' : `bundled + ${count(size)}`);

function table(title: string, head: string[], rows: (string | number)[][], notes: string[] = []) {
  console.log(`\n### ${title}\n`);
  console.log(`| ${head.join(' | ')} |`);
  console.log(`| ${head.map(() => '---').join(' | ')} |`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  if (notes.length > 0) console.log('');
  for (const note of notes) console.log(note);
}

// Measurements, shared by the tables that report them

interface Sample {
  query: string;
  ms: number;
}

interface Run {
  size: number;
  items: number;
  buildMs: number;
  ours: Sample[];
  fuseBuildMs: number;
  fuse: Sample[];
  /** Every `fuseStride`-th keystroke was timed for plain Fuse.js. */
  fuseStride: number;
  /** The popup's whole keystroke with the docs index loaded beside the items (`popupKeystroke`). */
  popup: Sample[];
  /** The same for one- and two-letter queries (`SHORT_QUERIES`). */
  short: Sample[];
  /** Plain Fuse.js over the items and the docs index's entries together. */
  fuseWithDocs: Sample[];
  fuseWithDocsStride: number;
}

function timeKeystrokes(search: (q: string) => unknown, strokes: string[], passes: number) {
  const samples: Sample[] = [];
  for (let pass = 0; pass < passes; pass++) {
    for (const query of strokes) samples.push({ query, ms: time(() => search(query)) });
  }
  return samples;
}

/** Plain default Fuse.js over `docs`: its build time, and a sample of the keystrokes within budget. */
function plainFuse(docs: SearchDoc[]) {
  let fuse = new Fuse<SearchDoc>([]);
  const buildMs = time(() => {
    fuse = new Fuse(docs, { keys: ['title', 'keywords', 'text', 'code'] });
  });
  const warmup = timeKeystrokes((q) => fuse.search(q), KEYSTROKES.slice(0, 3), 1);
  const estimate = (warmup.reduce((sum, s) => sum + s.ms, 0) / warmup.length) * KEYSTROKES.length;
  const stride = Math.max(1, Math.ceil(estimate / FUSE_BUDGET_MS));
  const sampled = KEYSTROKES.filter((_, i) => i % stride === 0);
  return { buildMs, samples: timeKeystrokes((q) => fuse.search(q), sampled, 1), stride };
}

function measure(size: number): Run {
  const docs = corpus(size);
  let engine = new SearchEngine();
  const buildMs = time(() => {
    engine = new SearchEngine(docs);
  });
  // The first search also sorts the vocabulary; warm-up covers it and the JIT.
  timeKeystrokes((q) => engine.search(q), KEYSTROKES, 1);
  const ours = timeKeystrokes((q) => engine.search(q), KEYSTROKES, PASSES);

  const keystroke = popupKeystroke(engine, docsIndex().engine);
  timeKeystrokes(keystroke, KEYSTROKES, 1);
  const popup = timeKeystrokes(keystroke, KEYSTROKES, PASSES);
  const short = timeKeystrokes(keystroke, SHORT_QUERIES, PASSES);

  const plain = plainFuse(docs);
  const withDocs = plainFuse([...docs, ...docsIndex().docs]);
  return {
    size,
    items: docs.length,
    buildMs,
    ours,
    fuseBuildMs: plain.buildMs,
    fuse: plain.samples,
    fuseStride: plain.stride,
    popup,
    short,
    fuseWithDocs: withDocs.samples,
    fuseWithDocsStride: withDocs.stride,
  };
}

let loadedDocs: { engine: SearchEngine; docs: SearchDoc[] } | undefined;
/**
 * The docs index's entries and their engine as the popup holds it (restored from the snapshot
 * file the build ships), loaded once for every corpus.
 */
function docsIndex() {
  if (!loadedDocs) {
    const docs = docsSearchDocs(readDocsIndex());
    // A copy of its own, as a fetched file would be.
    const buffer = new Uint8Array(docsSnapshotFile()).buffer;
    loadedDocs = { engine: SearchEngine.fromSnapshot(decodeSnapshot(buffer), docs), docs };
  }
  return loadedDocs;
}

/** Results the popup asks each engine for and lists. */
const POPUP_LIMIT = 30;

/**
 * A keystroke as the popup handles it with the docs index loaded: both engines searched, their
 * hits merged, and the answering lines of the first `rows` rows picked (the popup works out the
 * rows in view on the keystroke and the rest when idle). Lines are read afresh for each query
 * typed from its first letter, as in a newly opened popup.
 */
function popupKeystroke(own: SearchEngine, docs: SearchEngine, rows = ROWS_IN_VIEW) {
  let finder = new LineFinder();
  return (query: string) => {
    if (query.length === 1) finder = new LineFinder();
    const hits = mergeHits(
      own.search(query, { limit: POPUP_LIMIT }),
      docs.search(query, { limit: POPUP_LIMIT }),
      POPUP_LIMIT,
    );
    for (const hit of hits.slice(0, rows)) finder.bestLine(hit.doc, query, hit.matched);
  };
}

let runs: Run[] | undefined;
function allRuns(): Run[] {
  runs ??= SIZES.map(measure);
  return runs;
}

// Tables

function corpusTable() {
  const rows = SIZES.map((size) => {
    const docs = corpus(size);
    const terms = new Set<string>();
    let tokens = 0;
    let textWords = 0;
    let codeLines = 0;
    for (const doc of docs) {
      textWords += words(doc.text).length;
      codeLines += doc.code === '' ? 0 : doc.code.split('\n').length;
      for (const field of [doc.title, doc.keywords.join(' '), doc.code, doc.text]) {
        for (const word of words(field)) {
          tokens++;
          terms.add(word.toLowerCase());
          for (const part of identifierParts(word)) terms.add(part);
        }
      }
    }
    return [
      corpusName(size),
      count(docs.length),
      count(docs.filter((d) => d.kind === 'snippet').length),
      Math.round(textWords / docs.length),
      (codeLines / docs.length).toFixed(1),
      count(tokens),
      count(terms.size),
    ];
  });
  table(
    'Corpora (bundled sections plus synthetic notes and snippets, scripts/synthetic-corpus.ts)',
    [
      'corpus',
      'items',
      'snippets',
      'prose words/item',
      'code lines/item',
      'words',
      'distinct terms',
    ],
    rows,
  );
}

function searchLatencyTable() {
  const notes: string[] = [];
  const rows = allRuns().map((run) => {
    for (const [what, stride, samples] of [
      ['Plain Fuse.js', run.fuseStride, run.fuse],
      ['Plain Fuse.js with the docs index', run.fuseWithDocsStride, run.fuseWithDocs],
    ] as const) {
      if (stride === 1) continue;
      notes.push(
        `${what} at ${corpusName(run.size)}: every ${ordinal(stride)} keystroke timed (${samples.length} of ${KEYSTROKES.length}) to keep the run short.`,
      );
    }
    const times = (samples: Sample[]) => samples.map((s) => s.ms);
    const ours = times(run.ours);
    const fuse = times(run.fuse);
    const popup = times(run.popup);
    const fuseWithDocs = times(run.fuseWithDocs);
    return [
      corpusName(run.size),
      count(run.items),
      ms(run.buildMs),
      ms(percentile(ours, 50)),
      ms(percentile(ours, 95)),
      ms(percentile(fuse, 50)),
      ms(percentile(fuse, 95)),
      ms(percentile(popup, 50)),
      ms(percentile(popup, 95)),
      ms(percentile(fuseWithDocs, 50)),
      ms(percentile(fuseWithDocs, 95)),
    ];
  });
  notes.push(
    `Queries, typed one key at a time: ${QUERIES.map((q) => `\`${q}\``).join(', ')}.`,
    `DevRecall: ${PASSES} timed passes after a warm-up pass. Plain Fuse.js: \`new Fuse(docs, { keys: ['title', 'keywords', 'text', 'code'] })\`, one timed pass after 3 warm-up searches; its index build took ${allRuns()
      .map((r) => `${ms(r.fuseBuildMs)} ms`)
      .join(', ')} for the corpora above.`,
    `Popup keystroke: with the docs index (${count(docsIndex().docs.length)} entries) loaded, both engines searched for ${POPUP_LIMIT} results, merged, and the answering lines of the ${ROWS_IN_VIEW} rows in view picked (the popup picks the rest when idle); lines are read afresh for each query typed. Plain Fuse.js with the docs index: the same plain Fuse.js over the items and the docs entries together. Target: popup p95 < 16 ms at bundled + 20,000.`,
  );
  table(
    `Search latency per keystroke (ms; ${KEYSTROKES.length} keystrokes of ${QUERIES.length} queries)`,
    [
      'corpus',
      'items',
      'index build ms',
      'our p50',
      'our p95',
      'plain Fuse p50',
      'plain Fuse p95',
      'popup keystroke with docs p50',
      'popup keystroke with docs p95',
      'plain Fuse with docs p50',
      'plain Fuse with docs p95',
    ],
    rows,
    notes,
  );
}

/** One- and two-letter queries, which complete to much of the index: the popup's whole keystroke. */
function shortPrefixTable() {
  const stats = (samples: Sample[], queries: readonly string[]) => {
    const times = samples.filter((s) => queries.includes(s.query)).map((s) => s.ms);
    return `${ms(percentile(times, 50))} / ${ms(percentile(times, 95))} / ${ms(Math.max(...times))}`;
  };
  table(
    'Popup keystroke with the docs index on short queries (ms, p50 / p95 / max)',
    ['corpus', `one letter (${ONE_LETTER.length})`, `two letters (${TWO_LETTERS.length})`],
    allRuns().map((run) => [
      corpusName(run.size),
      stats(run.short, ONE_LETTER),
      stats(run.short, TWO_LETTERS),
    ]),
    [
      `Each query typed into an empty box, ${PASSES} passes: \`a\`–\`z\`; ${TWO_LETTERS.map((q) => `\`${q}\``).join(', ')}.`,
    ],
  );
}

/** Where the time goes: DevRecall's latency by how much of the query has been typed. */
function prefixLengthTable() {
  const buckets: [string, (length: number) => boolean][] = [
    ['1', (n) => n === 1],
    ['2', (n) => n === 2],
    ['3', (n) => n === 3],
    ['4–6', (n) => n >= 4 && n <= 6],
    ['7+', (n) => n >= 7],
  ];
  const rows = allRuns().map((run) => [
    corpusName(run.size),
    ...buckets.map(([, inBucket]) => {
      const times = run.ours.filter((s) => inBucket(s.query.length)).map((s) => s.ms);
      return `${ms(percentile(times, 50))} / ${ms(Math.max(...times))}`;
    }),
  ]);
  const slowest = allRuns().at(-1);
  const worst = new Map<string, number>();
  for (const s of [...(slowest?.ours ?? [])].sort((a, b) => b.ms - a.ms)) {
    if (!worst.has(s.query)) worst.set(s.query, s.ms);
  }
  table(
    'DevRecall latency by characters typed (ms, p50 / max)',
    ['corpus', ...buckets.map(([name]) => `${name} chars`)],
    rows,
    slowest
      ? [
          `Slowest keystrokes at ${corpusName(slowest.size)}: ${[...worst]
            .slice(0, 6)
            .map(([query, t]) => `\`${query}\` ${ms(t)}`)
            .join(', ')}.`,
        ]
      : [],
  );
}

function updateTable() {
  const base = 20_000;
  const engine = new SearchEngine(corpus(base));
  engine.search('warm');
  const extra = generateCorpus(base + 1_000).docs.slice(base);
  const add = time(() => extra.forEach((d) => engine.add(d)));
  const searchAfterAdd = time(() => engine.search('query'));
  const remove = time(() => extra.forEach((d) => engine.remove(d.id)));
  const searchAfterRemove = time(() => engine.search('query'));
  table(
    `Incremental updates on a ${count(base + bundled.length)}-item index (ms)`,
    ['operation', 'ms'],
    [
      ['add 1,000 items', ms(add)],
      ['first search after adding (brings the sorted vocabulary up to date)', ms(searchAfterAdd)],
      ['remove 1,000 items', ms(remove)],
      ['first search after removing', ms(searchAfterRemove)],
    ],
  );
}

/**
 * What a page does with the stored index of the user's items once its pieces are read, in one task
 * (bench:startup's "checked + restored"): check its checksum, decode the file, restore the engine.
 */
function restoreTable() {
  const RUNS = 5;
  const rows = SIZES.filter((size) => size > 0).map((size) => {
    const bytes = encodeSnapshot(new SearchEngine(synthetic.docs.slice(0, size)).toSnapshot());
    const checksum: number[] = [];
    const decode: number[] = [];
    const restore: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const buffer = bytes.slice().buffer;
      checksum.push(time(() => indexChecksum(bytes)));
      let snapshot: ReturnType<typeof decodeSnapshot> | undefined;
      decode.push(time(() => (snapshot = decodeSnapshot(buffer))));
      restore.push(time(() => SearchEngine.fromSnapshot(snapshot as NonNullable<typeof snapshot>)));
    }
    const c = percentile(checksum, 50);
    const d = percentile(decode, 50);
    const r = percentile(restore, 50);
    return [count(size), (bytes.length / 1e6).toFixed(1), ms(c), ms(d), ms(r), ms(c + d + r)];
  });
  table(
    `The user's stored index restored at open (Node, median of ${RUNS}; ms)`,
    ['items', 'file MB', 'checksum', 'decode file', 'restore engine', 'total'],
    rows,
  );
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function bundleTable() {
  if (!existsSync(OUTPUT)) {
    console.log('\nBundle sizes: no build in .output/chrome-mv3; run `npm run build` first.');
    return;
  }
  const files = filesUnder(OUTPUT)
    .filter((f) => /\.(js|css)$/.test(f))
    .sort();
  table(
    'Built files (.output/chrome-mv3)',
    ['file', 'raw KB', 'gzip KB'],
    files.map((f) => {
      const { raw, gzip } = fileSizes(f);
      return [relative(OUTPUT, f), kb(raw), kb(gzip)];
    }),
  );

  const pages = readdirSync(OUTPUT)
    .filter((f) => f.endsWith('.html'))
    .sort((a, b) => Number(b === 'popup.html') - Number(a === 'popup.html') || a.localeCompare(b));
  const rows = pages.map((page) => {
    const assets = pageAssets(OUTPUT, page).map((a) => ({ path: a, ...fileSizes(a) }));
    const total = (ext: string, key: 'raw' | 'gzip') =>
      assets.filter((a) => a.path.endsWith(ext)).reduce((sum, a) => sum + a[key], 0);
    return [
      page,
      assets.map((a) => relative(OUTPUT, a.path)).join(', '),
      kb(total('.js', 'raw')),
      kb(total('.js', 'gzip')),
      kb(total('.css', 'raw')),
      kb(total('.css', 'gzip')),
      kb(total('.js', 'raw') + total('.css', 'raw')),
      kb(total('.js', 'gzip') + total('.css', 'gzip')),
    ];
  });
  table(
    'Loaded when a page opens (its script and link tags plus their static imports; lazy chunks excluded)',
    ['page', 'files', 'JS KB', 'JS gzip KB', 'CSS KB', 'CSS gzip KB', 'total KB', 'total gzip KB'],
    rows,
  );
}

/** A synthetic pack of `sections` sections (20 notes), from the same generator as the search corpus. */
function syntheticPack(sections: number): StackPack {
  const { docs } = generateCorpus(sections, 7);
  const perNote = sections / 20;
  return {
    format: 'devrecall-stack',
    formatVersion: 1,
    id: 'bench',
    version: '1.0.0',
    title: 'Benchmark stack',
    topic: 'Backend',
    description: 'Synthetic.',
    author: 'Bench',
    licence: 'CC0-1.0',
    notes: Array.from({ length: 20 }, (_, n) => ({
      id: `bench/note-${n}`,
      title: `Note ${n}`,
      summary: '',
      sections: docs.slice(n * perNote, (n + 1) * perNote).map((doc, i) => ({
        id: `bench/s-${n}-${i}`,
        title: doc.title,
        keywords: doc.keywords.slice(0, 10),
        markdown: `${doc.text}\n\n\`\`\`python\n${doc.code}\n\`\`\``,
      })),
    })),
  };
}

function packTable() {
  const bundledPacks = loadStackPacks();
  const rows = [500, 2000].map((size) => {
    const text = packText(syntheticPack(size));
    const runs = Array.from({ length: 5 }, () => {
      const engine = new SearchEngine(bundled);
      let pack: StackPack | undefined;
      const check = time(() => {
        const result = checkPack(text, bundledPacks);
        if (result.ok) pack = result.pack;
      });
      if (!pack) throw new Error('the synthetic pack does not validate');
      const checked = pack;
      let docs: SearchDoc[] = [];
      let sections: Section[] = [];
      const build = time(() => {
        const stack = packToStack(checked, 'installed');
        sections = stack.notes.flatMap((note) => note.sections);
        docs = stack.notes.flatMap((note) =>
          note.sections.map((section) => sectionDoc(section, `${stack.title} › ${note.title}`)),
        );
      });
      const index = time(() => docs.forEach((doc) => engine.add(doc)));
      // The docs panel's first answer after an install indexes every stack's sections once.
      const all = [...bundledSections, ...sections];
      const related = time(() => relatedSections(DOCS_PAGE, all));
      return [check, build, index, related];
    });
    const median = (i: number) =>
      percentile(
        runs.map((r) => r[i] ?? NaN),
        50,
      );
    return [
      count(size),
      kb(text.length),
      ms(median(0)),
      ms(median(1)),
      ms(median(2)),
      ms(median(3)),
    ];
  });
  table(
    'Installing a pack: validation, building its stack, adding its sections to the search index (median of 5, ms)',
    [
      'sections',
      'file KB',
      'check (JSON + zod + ids)',
      'pack → stack',
      'search index update',
      'docs panel: first related match',
    ],
    rows,
    [
      'The database write is one bulk put of the pack record and is not included.',
      'The docs panel column indexes the bundled and the pack’s sections for the related matcher and matches one page; later pages reuse the index until a stack changes.',
    ],
  );
}

/** A docs page's outline, as the content script reads it, for the related matcher. */
const DOCS_PAGE: PageContext = {
  url: 'https://docs.djangoproject.com/en/5.2/topics/db/queries/',
  title: 'Making queries',
  headings: ['Creating objects', 'Retrieving objects', 'Complex lookups with Q objects'],
  text: 'Once you’ve created your data models, Django automatically gives you a database-abstraction API.',
};

/** Items beside the docs index in the popup's worst case the issue sets: 20k of the user's. */
const DOCS_BESIDE = 20_000;
/** Docs names typed one key at a time, on top of the library keystrokes. */
const DOCS_QUERIES = ['csrf_exempt', 'SerializerMethodField', 'F expression', 'annotate'];
/**
 * The docs index as the popup loads it (read, parsed, indexed) and a keystroke with it loaded
 * beside 20k items: both engines searched, merged, and each shown row's answer line picked.
 */
function docsIndexTable() {
  const { raw, gzip } = fileSizes(DOCS_INDEX_PATH);
  let entries = 0;
  let docs = new SearchEngine();
  const loadTimes = Array.from({ length: 3 }, () => {
    const parseMs = time(() => {
      entries = readDocsIndex().entries.length;
    });
    const data = readDocsIndex();
    const indexMs = time(() => {
      docs = new SearchEngine(docsSearchDocs(data));
    });
    return { parseMs, indexMs };
  });
  const median = (key: 'parseMs' | 'indexMs') =>
    percentile(
      loadTimes.map((t) => t[key]),
      50,
    );
  table(
    'Docs index (data/docs-index/docs-index.json) loaded in Node: median of 3 loads',
    ['entries', 'raw KB', 'gzip KB', 'read + parse ms', 'index ms', 'total ms'],
    [
      [
        count(entries),
        kb(raw),
        kb(gzip),
        ms(median('parseMs')),
        ms(median('indexMs')),
        ms(median('parseMs') + median('indexMs')),
      ],
    ],
  );

  const own = new SearchEngine(corpus(DOCS_BESIDE));
  docs = docsIndex().engine;
  const strokes = [
    ...KEYSTROKES,
    ...DOCS_QUERIES.flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1))),
  ];
  const variants: [string, (q: string) => unknown][] = [
    [
      `own library alone (bundled + ${count(DOCS_BESIDE)})`,
      (q) => own.search(q, { limit: POPUP_LIMIT }),
    ],
    ['docs index alone', (q) => docs.search(q, { limit: POPUP_LIMIT })],
    ['both, merged', popupKeystroke(own, docs, 0)],
    [
      `both, merged, answer lines of all ${POPUP_LIMIT} rows`,
      popupKeystroke(own, docs, POPUP_LIMIT),
    ],
    [
      `both, merged, answer lines of the ${ROWS_IN_VIEW} rows in view (the popup's keystroke)`,
      popupKeystroke(own, docs),
    ],
  ];
  const rows = variants.map(([name, search]) => {
    timeKeystrokes(search, strokes, 1);
    const samples = timeKeystrokes(search, strokes, PASSES).map((s) => s.ms);
    return [
      name,
      ms(percentile(samples, 50)),
      ms(percentile(samples, 95)),
      ms(Math.max(...samples)),
    ];
  });
  table(
    `Per keystroke with the docs index beside ${count(DOCS_BESIDE)} items (target p95 < 16 ms)`,
    ['work per keystroke', 'p50 ms', 'p95 ms', 'max ms'],
    rows,
    [
      `${count(strokes.length)} keystrokes (the library queries above plus ${DOCS_QUERIES.map((q) => `\`${q}\``).join(', ')}), ${PASSES} timed passes after a warm-up; ${POPUP_LIMIT} results per engine, as the popup asks; the docs engine restored from the build's snapshot file, as the popup holds it. Answer lines are read afresh for each query typed; the popup picks those of the rows in view on the keystroke and the rest when idle.`,
    ],
  );
}

const SECTIONS: (() => void)[] = [
  corpusTable,
  searchLatencyTable,
  docsIndexTable,
  shortPrefixTable,
  prefixLengthTable,
  updateTable,
  restoreTable,
  packTable,
  bundleTable,
];

for (const section of SECTIONS) section();
