import type { StoredStack } from '../records/model';
import { bundledStacks } from './bundled';
import type { BundledNote, Section, Stack } from './content';
import { packToStack } from './pack-stack';

/**
 * Every stack a page can show, search and practise: the bundled ones and the user's written and
 * installed ones, all built from packs, looked up the same way.
 */
export interface StackCatalog {
  /** False while only the bundled stacks are known (storage not read yet). */
  complete: boolean;
  stacks: readonly Stack[];
  sections: readonly Section[];
  /** Topics in display order, each with its stacks. */
  topics: readonly { name: string; stacks: Stack[] }[];
  findStack: (id: string) => Stack | undefined;
  findNote: (id: string) => BundledNote | undefined;
  findSection: (id: string) => Section | undefined;
  /** Where a section lives, for result rows and headers: "Django › Models, Views & URLs". */
  sectionContext: (section: Section) => string;
}

/** Stacks built from stored packs, kept while their record is unchanged. */
const built = new Map<string, { updatedAt: number; stack: Stack }>();

export function storedStack(record: StoredStack): Stack {
  const cached = built.get(record.id);
  if (cached?.updatedAt === record.updatedAt) return cached.stack;
  const stack = packToStack(record.pack, record.source);
  built.set(record.id, { updatedAt: record.updatedAt, stack });
  return stack;
}

export function buildCatalog(stored: readonly StoredStack[], complete = true): StackCatalog {
  const stacks = [...bundledStacks, ...stored.map(storedStack)];
  const sections = stacks.flatMap((stack) => stack.notes.flatMap((note) => note.sections));
  const stacksById = new Map(stacks.map((s) => [s.id, s]));
  const notesById = new Map(stacks.flatMap((s) => s.notes).map((n) => [n.id, n]));
  const sectionsById = new Map(sections.map((s) => [s.id, s]));
  const topics = [...new Set(stacks.map((s) => s.topic))].map((name) => ({
    name,
    stacks: stacks.filter((s) => s.topic === name),
  }));
  return {
    complete,
    stacks,
    sections,
    topics,
    findStack: (id) => stacksById.get(id),
    findNote: (id) => notesById.get(id),
    findSection: (id) => sectionsById.get(id),
    sectionContext: (section) =>
      [stacksById.get(section.stackId)?.title, notesById.get(section.noteId)?.title]
        .filter(Boolean)
        .join(' › '),
  };
}

/** The catalog before stored stacks are read: the bundled stacks alone. */
export const bundledCatalog: StackCatalog = buildCatalog([], false);
