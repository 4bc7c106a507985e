/**
 * Searches the bundled notes and the docs index from the command line, with the popup's engine:
 *
 *   npm run search -- "csrf_exempt" "F expression"
 *
 * Prints one JSON line per query: {"query", "results": [{"id", "kind", "title", "url"}]}, the
 * top 5, with `url` (anchor included) for docs entries.
 */
import { loadDocsEngine, searchAll } from './search-corpus';

const queries = process.argv.slice(2);
if (queries.length === 0) {
  console.error('usage: npm run search -- "query" ["query" …]');
  process.exit(2);
}
const { library, docs } = loadDocsEngine();
for (const query of queries) {
  const results = searchAll(library, docs, query, 5).map(({ doc }) => ({
    id: doc.id,
    kind: doc.kind,
    title: doc.title,
    ...(doc.url ? { url: doc.url } : {}),
  }));
  console.log(JSON.stringify({ query, results }));
}
