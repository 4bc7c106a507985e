// The docs index, loaded and searched off the page's main thread: its 3 MB parse would otherwise
// land just as the user types the first key, and each search would add to every keystroke.
import type { SearchEngine } from '../search/engine';
import { loadDocsEngine } from './load';
import { DOCS_INDEX_MARKS } from './marks';
import type { DocsReply, DocsRequest } from './worker-protocol';

// The worker's global scope; typed here rather than with the WebWorker lib, which clashes with DOM.
const scope = globalThis as unknown as {
  postMessage: (reply: DocsReply) => void;
  onmessage: ((event: MessageEvent<DocsRequest>) => void) | null;
};

let engine: Promise<SearchEngine> | undefined;

scope.onmessage = ({ data: request }) => {
  if (request.type === 'load') {
    engine ??= loadDocsEngine(request.files);
    engine.then(
      () =>
        scope.postMessage({
          type: 'ready',
          marks: Object.values(DOCS_INDEX_MARKS).map((name) => ({
            name,
            at: performance.timeOrigin + (performance.getEntriesByName(name)[0]?.startTime ?? NaN),
          })),
        }),
      (error: unknown) => scope.postMessage({ type: 'failed', message: String(error) }),
    );
    return;
  }
  void engine?.then((loaded) =>
    scope.postMessage({
      type: 'hits',
      id: request.id,
      query: request.query,
      hits: loaded.search(request.query, { limit: request.limit }),
    }),
  );
};
