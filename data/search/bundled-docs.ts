import { bundledSections, sectionContext } from '../stacks/bundled';
import { sectionDoc } from './documents';
import type { SearchDoc } from './types';

/** The sections that come with DevRecall, as search documents. */
export const bundledSectionDocs = (): SearchDoc[] =>
  bundledSections.map((section) => sectionDoc(section, sectionContext(section)));
