import { findBundledNote, findStack } from '../bundled';
import type { Section } from '../content';
import type { SearchDoc } from './types';

export function sectionDoc(section: Section): SearchDoc {
  const stack = findStack(section.stackId);
  const note = findBundledNote(section.noteId);
  return {
    id: section.id,
    kind: 'section',
    title: section.title,
    context: [stack?.title, note?.title].filter(Boolean).join(' › '),
    keywords: section.keywords,
    text: section.blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : [])).join('\n'),
    code: section.blocks.flatMap((b) => (b.kind === 'code' ? [b.code] : [])).join('\n'),
  };
}
