import { SearchEngine } from '../search/engine';
import { decodeSnapshot } from '../search/snapshot-file';
import { docsSearchDocs } from './docs';
import { DOCS_INDEX_FORMAT, type DocsIndexData } from './format';
import { DOCS_INDEX_MARKS } from './marks';

/** Where the docs index's two files are in the extension package. */
export interface DocsIndexFiles {
  /** The entries' display fields (`docs-index.json`). */
  index: string;
  /** The engine built from them at build time (`scripts/docs-snapshot-plugin.ts`). */
  snapshot: string;
}

let loading: Promise<SearchEngine> | undefined;

/**
 * The docs index as a search engine: its entries and the engine built from them at build time,
 * both fetched from the extension package (they are in no page's script). Loaded once.
 */
export function loadDocsEngine(files: DocsIndexFiles): Promise<SearchEngine> {
  loading ??= load(files).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

async function fetched(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The docs index could not be read (${response.status}).`);
  return response;
}

async function load(files: DocsIndexFiles): Promise<SearchEngine> {
  performance.mark(DOCS_INDEX_MARKS.start);
  const [text, snapshot] = await Promise.all([
    fetched(files.index).then((r) => r.text()),
    fetched(files.snapshot).then((r) => r.arrayBuffer()),
  ]);
  performance.mark(DOCS_INDEX_MARKS.read);
  const data = JSON.parse(text) as DocsIndexData;
  if (data.format !== DOCS_INDEX_FORMAT) throw new Error('The docs index has an unknown format.');
  const decoded = decodeSnapshot(snapshot);
  performance.mark(DOCS_INDEX_MARKS.parsed);
  const engine = SearchEngine.fromSnapshot(decoded, docsSearchDocs(data));
  performance.mark(DOCS_INDEX_MARKS.ready);
  return engine;
}
