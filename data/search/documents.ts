import type { Section } from '../stacks/content';
import type { SearchDoc } from './types';

/** A bundled section as a search document; `context` says where it lives ("Django › ORM"). */
export function sectionDoc(section: Section, context: string): SearchDoc {
  return {
    id: section.id,
    kind: 'section',
    title: section.title,
    context,
    keywords: section.keywords,
    text: section.blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : [])).join('\n'),
    code: section.blocks.flatMap((b) => (b.kind === 'code' ? [b.code] : [])).join('\n'),
  };
}
