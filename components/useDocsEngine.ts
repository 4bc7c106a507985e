import { useEffect, useState } from 'react';
import { loadDocsEngine } from '../data/docs-index/load';
import type { SearchEngine } from '../data/search/engine';

/**
 * The docs index, loaded after the page's first paint: until it is ready (or if it cannot be
 * read) search shows the user's and the bundled notes alone.
 */
export function useDocsEngine(): SearchEngine | undefined {
  const [engine, setEngine] = useState<SearchEngine>();
  useEffect(() => {
    let live = true;
    const frame = requestAnimationFrame(() => {
      setTimeout(() => {
        loadDocsEngine().then(
          (loaded) => live && setEngine(loaded),
          (error: unknown) => console.warn(error),
        );
      }, 0);
    });
    return () => {
      live = false;
      cancelAnimationFrame(frame);
    };
  }, []);
  return engine;
}
