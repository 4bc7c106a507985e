import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { docsSearchDocs } from '../data/docs-index/docs';
import type { DocsIndexData } from '../data/docs-index/format';
import { SearchEngine } from '../data/search/engine';
import { encodeSnapshot } from '../data/search/snapshot-file';

const VIRTUAL_ID = 'virtual:devrecall-docs-snapshot';
const RESOLVED_ID = '\0' + VIRTUAL_ID;
const DOCS_INDEX = resolve(import.meta.dirname, '../data/docs-index/docs-index.json');

/** The docs index's search engine, built once here so no page spends a third of a second on it. */
export function docsSnapshotFile(): Uint8Array {
  const data = JSON.parse(readFileSync(DOCS_INDEX, 'utf8')) as DocsIndexData;
  return encodeSnapshot(new SearchEngine(docsSearchDocs(data)).toSnapshot());
}

/**
 * `virtual:devrecall-docs-snapshot` is the address of that engine's snapshot file: an asset of
 * the build, or a data URL when served for development and tests.
 */
export function docsSnapshotPlugin(): Plugin {
  let serving = false;
  return {
    name: 'devrecall-docs-snapshot',
    configResolved: (config) => {
      serving = config.command === 'serve';
    },
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      this.addWatchFile(DOCS_INDEX);
      const file = docsSnapshotFile();
      if (serving) {
        const url = `data:application/octet-stream;base64,${Buffer.from(file).toString('base64')}`;
        return `export default ${JSON.stringify(url)};`;
      }
      const ref = this.emitFile({ type: 'asset', name: 'docs-index.bin', source: file });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}
