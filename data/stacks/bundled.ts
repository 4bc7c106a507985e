import packs from 'virtual:devrecall-stacks';
import type { BundledNote, Section, Stack } from './content';
import type { StackPack } from './pack';
import { packToStack } from './pack-stack';

/** The stacks that come with DevRecall, built into packs at build time (`scripts/stacks-plugin.ts`). */
export const bundledPacks: readonly StackPack[] = packs;

export const bundledStacks: readonly Stack[] = packs.map((pack) => packToStack(pack, 'bundled'));

/** Ids no installed pack may take. */
export const bundledStackIds: readonly string[] = bundledStacks.map((s) => s.id);

export const bundledSections: readonly Section[] = bundledStacks.flatMap((stack) =>
  stack.notes.flatMap((note) => note.sections),
);

const sectionsById = new Map(bundledSections.map((s) => [s.id, s]));
const notesById = new Map(bundledStacks.flatMap((s) => s.notes).map((n) => [n.id, n]));
const stacksById = new Map(bundledStacks.map((s) => [s.id, s]));

export const findSection = (id: string): Section | undefined => sectionsById.get(id);
export const findBundledNote = (id: string): BundledNote | undefined => notesById.get(id);
export const findStack = (id: string): Stack | undefined => stacksById.get(id);

/** Topics in display order, each with its stacks. */
export const topics: readonly { name: string; stacks: Stack[] }[] = [
  ...new Set(bundledStacks.map((s) => s.topic)),
].map((name) => ({ name, stacks: bundledStacks.filter((s) => s.topic === name) }));

/** Where a section lives, for result rows and headers: "Django › Models, Views & URLs". */
export function sectionContext(section: Section): string {
  return [findStack(section.stackId)?.title, findBundledNote(section.noteId)?.title]
    .filter(Boolean)
    .join(' › ');
}
