import { bundledSections, sectionContext } from '../stacks/bundled';
import { buildCatalog, storedStack } from '../stacks/catalog';
import type { StoredStack } from '../records/model';
import { sectionDoc } from './documents';
import { SearchEngine, type SearchOptions } from './engine';
import type { SearchHit } from './types';

const bundledDocs = () => bundledSections.map((s) => sectionDoc(s, sectionContext(s)));

/**
 * The stacks' sections, searched on the page itself: the bundled ones from the first frame, and
 * those of written and installed stacks once storage answers. Small enough to answer each key at
 * once, before the user's own records come in from the search worker.
 */
export class SectionSearch {
  private engine = new SearchEngine(bundledDocs());
  /** Each stored stack's `updatedAt` when indexed, and the section ids it added. */
  private indexedStacks = new Map<string, { updatedAt: number; ids: string[] }>();

  /**
   * Brings the sections of written and installed stacks in line with the stored ones: a stack
   * whose record changed is re-indexed whole, a deleted one is dropped. Cheap when nothing changed.
   */
  syncStacks(stored: readonly StoredStack[]): void {
    const catalog = buildCatalog(stored);
    const seen = new Set<string>();
    for (const record of stored) {
      seen.add(record.id);
      const indexed = this.indexedStacks.get(record.id);
      if (indexed?.updatedAt === record.updatedAt) continue;
      for (const id of indexed?.ids ?? []) this.engine.remove(id);
      const sections = storedStack(record).notes.flatMap((note) => note.sections);
      for (const section of sections) {
        this.engine.add(sectionDoc(section, catalog.sectionContext(section)));
      }
      this.indexedStacks.set(record.id, {
        updatedAt: record.updatedAt,
        ids: sections.map((s) => s.id),
      });
    }
    for (const [id, { ids }] of this.indexedStacks) {
      if (seen.has(id)) continue;
      for (const sectionId of ids) this.engine.remove(sectionId);
      this.indexedStacks.delete(id);
    }
  }

  search(query: string, options: SearchOptions = {}): SearchHit[] {
    return this.engine.search(query, options);
  }
}
