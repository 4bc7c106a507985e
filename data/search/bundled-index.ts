import { bundledSections, sectionContext } from '../bundled';
import { sectionDoc } from './documents';
import { SearchEngine } from './engine';
import type { SearchHit } from './types';

let engine: SearchEngine | undefined;

/** The index of bundled sections, built on first use. */
export function bundledIndex(): SearchEngine {
  engine ??= new SearchEngine(bundledSections.map((s) => sectionDoc(s, sectionContext(s))));
  return engine;
}

export function bundledSearch(query: string): SearchHit[] {
  return bundledIndex().search(query);
}
