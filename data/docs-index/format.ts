/** Bumped when the layout of `docs-index.json` changes. */
export const DOCS_INDEX_FORMAT = 1;

export interface DocsSource {
  id: string;
  name: string;
  /** The docs version the index was built from (`5.2`). */
  version: string;
  repository: string;
  commit: string;
  licence: string;
  /** Page addresses start here; `{version}` stands for the docs version chosen in the options. */
  base: string;
}

/**
 * The generated index, kept compact: pages and entries are rows of plain values rather than
 * objects with repeated keys.
 */
export interface DocsIndexData {
  format: number;
  sources: DocsSource[];
  /** Entry kinds (`function`, `setting`, `section` …), referred to by position. */
  kinds: string[];
  /** [source, path under the source's base, page title] */
  pages: [source: number, path: string, title: string][];
  /** [page, kind, title, anchor ('' for the page itself), one-line summary] */
  entries: [page: number, kind: number, title: string, anchor: string, summary: string][];
}
