// The page's search worker: the user's index and the docs index are read, restored and searched
// here. A restored index of 50,000 notes or the docs index's 3 MB, parsed on the page, would land
// as long tasks just as the user types the first keys, and each search would add to every key.
import { searchHost } from './search-host';
import type { SearchReply, SearchRequest } from './worker-protocol';

// The worker's global scope; typed here rather than with the WebWorker lib, which clashes with DOM.
const scope = globalThis as unknown as {
  postMessage: (reply: SearchReply) => void;
  onmessage: ((event: MessageEvent<SearchRequest>) => void) | null;
};

const host = searchHost((reply) => scope.postMessage(reply));
scope.onmessage = ({ data }) => host(data);
