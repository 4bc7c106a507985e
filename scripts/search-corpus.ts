import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { docsSearchDocs } from '../data/docs-index/docs';
import type { DocsIndexData } from '../data/docs-index/format';
import { mergeHits } from '../data/search/combined';
import { sectionDoc } from '../data/search/documents';
import { SearchEngine } from '../data/search/engine';
import type { SearchDoc, SearchHit } from '../data/search/types';
import { loadStacks } from '../data/stacks/load';

export const DOCS_INDEX_PATH = resolve(import.meta.dirname, '../data/docs-index/docs-index.json');

export function readDocsIndex(): DocsIndexData {
  return JSON.parse(readFileSync(DOCS_INDEX_PATH, 'utf8')) as DocsIndexData;
}

/** The bundled sections as search documents, read from the stacks' Markdown. */
export function bundledDocs(): SearchDoc[] {
  return loadStacks().flatMap((stack) =>
    stack.notes.flatMap((note) =>
      note.sections.map((s) => sectionDoc(s, `${stack.title} › ${note.title}`)),
    ),
  );
}

/** The bundled notes and the docs index, each in an engine, as the popup holds them. */
export function loadDocsEngine(): { library: SearchEngine; docs: SearchEngine } {
  return {
    library: new SearchEngine(bundledDocs()),
    docs: new SearchEngine(docsSearchDocs(readDocsIndex())),
  };
}

export function searchAll(
  library: SearchEngine,
  docs: SearchEngine,
  query: string,
  limit: number,
): SearchHit[] {
  return mergeHits(library.search(query, { limit }), docs.search(query, { limit }), limit);
}
