import { SearchEngine } from '../search/engine';
import { docsSearchDocs } from './docs';
import { DOCS_INDEX_FORMAT, type DocsIndexData } from './format';
import { DOCS_INDEX_MARKS } from './marks';
import indexUrl from './docs-index.json?url';

/** Entries indexed between two turns of the event loop, so typing never waits for the docs. */
const CHUNK = 1000;

let loading: Promise<SearchEngine> | undefined;

/**
 * The docs index as a search engine: fetched from the extension package (it is not in any
 * page's script) and indexed a chunk at a time. Loaded once per page.
 */
export function loadDocsEngine(): Promise<SearchEngine> {
  loading ??= build().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

async function build(): Promise<SearchEngine> {
  performance.mark(DOCS_INDEX_MARKS.start);
  const response = await fetch(indexUrl);
  if (!response.ok) throw new Error(`The docs index could not be read (${response.status}).`);
  const text = await response.text();
  performance.mark(DOCS_INDEX_MARKS.read);
  const data = JSON.parse(text) as DocsIndexData;
  performance.mark(DOCS_INDEX_MARKS.parsed);
  if (data.format !== DOCS_INDEX_FORMAT) throw new Error('The docs index has an unknown format.');
  const docs = docsSearchDocs(data);
  const engine = new SearchEngine();
  for (let i = 0; i < docs.length; i += CHUNK) {
    for (const doc of docs.slice(i, i + CHUNK)) engine.add(doc);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  performance.mark(DOCS_INDEX_MARKS.ready);
  return engine;
}
