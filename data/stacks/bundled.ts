import stacks from 'virtual:devrecall-stacks';
import type { BundledNote, Section, Stack } from './content';

export const bundledStacks: readonly Stack[] = stacks;

export const bundledSections: readonly Section[] = stacks.flatMap((stack) =>
  stack.notes.flatMap((note) => note.sections),
);

const sectionsById = new Map(bundledSections.map((s) => [s.id, s]));
const notesById = new Map(stacks.flatMap((s) => s.notes).map((n) => [n.id, n]));
const stacksById = new Map(stacks.map((s) => [s.id, s]));

export const findSection = (id: string): Section | undefined => sectionsById.get(id);
export const findBundledNote = (id: string): BundledNote | undefined => notesById.get(id);
export const findStack = (id: string): Stack | undefined => stacksById.get(id);

/** Topics in display order, each with its stacks. */
export const topics: readonly { name: string; stacks: Stack[] }[] = [
  ...new Set(stacks.map((s) => s.topic)),
].map((name) => ({ name, stacks: stacks.filter((s) => s.topic === name) }));

/** Where a section lives, for result rows and headers: "Django › Models, Views & URLs". */
export function sectionContext(section: Section): string {
  return [findStack(section.stackId)?.title, findBundledNote(section.noteId)?.title]
    .filter(Boolean)
    .join(' › ');
}
