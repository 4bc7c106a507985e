import { db } from '../records/db';
import type { SectionProgress, StoredCard, StoredStack, UserNote } from '../records/model';
import { newCard } from '../practice/review';
import { bundledStackIds } from './bundled';
import { type PackNote, type PackSection, type StackPack } from './pack';
import { compareVersions, PACK_FORMAT, PACK_FORMAT_VERSION } from './pack-format';
import { diffPacks, type PackDiff } from './pack-diff';

const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');

/** A fresh id in its own namespace: the title's words and a random tail, never a bundled id. */
export function newStackId(
  title: string,
  random: () => string = () => crypto.randomUUID(),
): string {
  return `${slug(title) || 'stack'}-${random().replace(/-/g, '').slice(0, 6)}`;
}

/** A section id inside a stack, unique among the ids it already has. */
export function newPartId(stackId: string, title: string, taken: ReadonlySet<string>): string {
  const base = `${stackId}/${slug(title) || 'part'}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

export const packIds = (pack: StackPack): Set<string> =>
  new Set(pack.notes.flatMap((n) => [n.id, ...n.sections.map((s) => s.id)]));

export interface StackMeta {
  title: string;
  topic: string;
  description: string;
  author: string;
  licence: string;
}

/** Starts a stack the user writes: no notes yet, version 1.0.0. */
export async function createOwnStack(
  meta: StackMeta,
  notes: PackNote[] = [],
  now = Date.now(),
): Promise<StoredStack> {
  const id = newStackId(meta.title);
  const record: StoredStack = {
    id,
    source: 'own',
    pack: {
      format: PACK_FORMAT,
      formatVersion: PACK_FORMAT_VERSION,
      id,
      version: '1.0.0',
      ...meta,
      notes: notes.map((note) => renamespace(note, id)),
    },
    createdAt: now,
    updatedAt: now,
  };
  await db.stacks.add(record);
  return record;
}

/** Moves a note written before its stack had an id into that stack's namespace. */
function renamespace(note: PackNote, stackId: string): PackNote {
  const local = (id: string) => `${stackId}/${id.slice(id.indexOf('/') + 1)}`;
  return {
    ...note,
    id: local(note.id),
    sections: note.sections.map((s) => ({ ...s, id: local(s.id) })),
  };
}

/** The user's notes, in the order given, as a stack's notes: one section each, tags as keywords. */
export function notesAsPackNotes(notes: readonly UserNote[]): PackNote[] {
  const taken = new Set<string>();
  return notes.map((note) => {
    const noteId = newPartId('new', note.title, taken);
    taken.add(noteId);
    const sectionId = newPartId('new', `${note.title} section`, taken);
    taken.add(sectionId);
    const section: PackSection = {
      id: sectionId,
      title: note.title,
      markdown: note.body,
      ...(note.tags.length > 0 && { keywords: note.tags }),
      ...(note.pageUrl?.startsWith('https://') && { pages: [note.pageUrl] }),
    };
    return { id: noteId, title: note.title, summary: '', sections: [section] };
  });
}

/** Saves an edit of a stack the user wrote; installed stacks are read-only. */
export async function saveOwnStack(pack: StackPack, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.stacks, async () => {
    const existing = await ownStack(pack.id);
    await db.stacks.put({ ...existing, pack, updatedAt: now });
  });
}

/** Replaces one section of a stack the user wrote, by its id, leaving the rest as stored. */
export async function saveOwnSection(
  stackId: string,
  section: PackSection,
  now = Date.now(),
): Promise<void> {
  await db.transaction('rw', db.stacks, async () => {
    const stack = await ownStack(stackId);
    if (!stack.pack.notes.some((n) => n.sections.some((s) => s.id === section.id))) {
      throw new Error(
        'This section is no longer in the stack; it may have been removed elsewhere.',
      );
    }
    const notes = stack.pack.notes.map((n) => ({
      ...n,
      sections: n.sections.map((s) => (s.id === section.id ? section : s)),
    }));
    await db.stacks.put({ ...stack, pack: { ...stack.pack, notes }, updatedAt: now });
  });
}

/** A note or section taken out of the user's own stack, with what it held, to put back on Undo. */
export type RemovedPart = {
  stackId: string;
  /** Where it stood: among the notes, or among its note's sections. */
  index: number;
  cards: StoredCard[];
  progress: SectionProgress[];
} & ({ kind: 'note'; note: PackNote } | { kind: 'section'; noteId: string; section: PackSection });

async function ownStack(stackId: string): Promise<StoredStack> {
  const existing = await db.stacks.get(stackId);
  if (existing?.source !== 'own') throw new Error('Only stacks you wrote can be edited.');
  return existing;
}

/**
 * Removes a note or a section from a stack the user wrote, with the cards and progress of what
 * it held (the review log stays), in one transaction.
 */
export async function removeOwnPart(
  stackId: string,
  id: string,
  now = Date.now(),
): Promise<RemovedPart | undefined> {
  return db.transaction('rw', [db.stacks, db.cards, db.progress], async () => {
    const stack = await ownStack(stackId);
    const notes = stack.pack.notes;
    const noteIndex = notes.findIndex((n) => n.id === id);
    const note = notes[noteIndex];
    const owner = notes.find((n) => n.sections.some((s) => s.id === id));
    let part: RemovedPart;
    let next: PackNote[];
    if (note) {
      next = notes.filter((n) => n.id !== id);
      part = { kind: 'note', stackId, index: noteIndex, note, cards: [], progress: [] };
    } else if (owner) {
      const index = owner.sections.findIndex((s) => s.id === id);
      const section = owner.sections[index] as PackSection;
      next = notes.map((n) =>
        n.id === owner.id ? { ...n, sections: n.sections.filter((s) => s.id !== id) } : n,
      );
      part = {
        kind: 'section',
        stackId,
        noteId: owner.id,
        index,
        section,
        cards: [],
        progress: [],
      };
    } else {
      return undefined;
    }
    const ids = part.kind === 'note' ? part.note.sections.map((s) => s.id) : [id];
    part.cards = (await db.cards.bulkGet(ids)).filter((c) => c !== undefined);
    part.progress = (await db.progress.bulkGet(ids)).filter((p) => p !== undefined);
    await db.cards.bulkDelete(part.cards.map((c) => c.id));
    await db.progress.bulkDelete(part.progress.map((p) => p.sectionId));
    await db.stacks.put({ ...stack, pack: { ...stack.pack, notes: next }, updatedAt: now });
    return part;
  });
}

/** Puts a removed note or section back where it stood, unless its place or id is gone since. */
export async function restoreOwnPart(part: RemovedPart, now = Date.now()): Promise<void> {
  await db.transaction('rw', [db.stacks, db.cards, db.progress], async () => {
    const stack = await ownStack(part.stackId);
    const taken = packIds(stack.pack);
    const ids =
      part.kind === 'note'
        ? [part.note.id, ...part.note.sections.map((s) => s.id)]
        : [part.section.id];
    if (ids.some((id) => taken.has(id))) {
      throw new Error('Could not undo: something with the same id was added since.');
    }
    let notes: PackNote[];
    if (part.kind === 'note') {
      notes = [...stack.pack.notes];
      notes.splice(part.index, 0, part.note);
    } else {
      if (!stack.pack.notes.some((n) => n.id === part.noteId)) {
        throw new Error('Could not undo: the note it was in has been removed.');
      }
      notes = stack.pack.notes.map((n) => {
        if (n.id !== part.noteId) return n;
        const sections = [...n.sections];
        sections.splice(part.index, 0, part.section);
        return { ...n, sections };
      });
    }
    await db.stacks.put({ ...stack, pack: { ...stack.pack, notes }, updatedAt: now });
    await db.cards.bulkPut(part.cards);
    await db.progress.bulkPut(part.progress);
  });
}

/** What installing a checked pack would do, shown before anything is written. */
export type InstallPlan =
  | { kind: 'new' }
  | { kind: 'update' | 'reinstall' | 'downgrade'; installed: StackPack; diff: PackDiff }
  | { kind: 'refused'; reason: string };

export function planInstall(pack: StackPack, existing: StoredStack | undefined): InstallPlan {
  if (bundledStackIds.includes(pack.id)) {
    return {
      kind: 'refused',
      reason: `“${pack.title}” comes with DevRecall and is already in your library.`,
    };
  }
  if (!existing) return { kind: 'new' };
  if (existing.source === 'own') {
    return {
      kind: 'refused',
      reason: `You wrote a stack with the id “${pack.id}” (“${existing.pack.title}”); a pack cannot replace it. Delete yours first if this file is meant to replace it.`,
    };
  }
  if (existing.pack.author !== pack.author) {
    return {
      kind: 'refused',
      reason: `A different stack with the id “${pack.id}” is installed, by ${existing.pack.author}; this one is by ${pack.author}. Uninstall the other first to install this one.`,
    };
  }
  const order = compareVersions(pack.version, existing.pack.version);
  const kind = order > 0 ? 'update' : order === 0 ? 'reinstall' : 'downgrade';
  return { kind, installed: existing.pack, diff: diffPacks(existing.pack, pack) };
}

export interface InstallResult {
  stack: StoredStack;
  diff?: PackDiff;
}

/**
 * Installs a checked pack in one transaction. Sections whose ids survive keep their practice
 * history, progress and the user's notes; removed sections lose their card and progress (the
 * review log stays); new interview questions get cards.
 */
export async function installPack(
  pack: StackPack,
  origin: string,
  now = Date.now(),
): Promise<InstallResult> {
  return db.transaction('rw', [db.stacks, db.cards, db.progress], async () => {
    const existing = await db.stacks.get(pack.id);
    const plan = planInstall(pack, existing);
    if (plan.kind === 'refused') throw new Error(plan.reason);
    const diff = plan.kind === 'new' ? undefined : plan.diff;
    const removed = diff?.removed.map((s) => s.id) ?? [];
    if (removed.length) {
      await db.cards.bulkDelete(removed);
      await db.progress.bulkDelete(removed);
    }
    const questions = pack.notes.flatMap((n) => n.sections.filter((s) => s.question));
    const cards = await db.cards.bulkGet(questions.map((q) => q.id));
    const missing = questions.filter((_, i) => cards[i] === undefined);
    if (missing.length) await db.cards.bulkAdd(missing.map((q) => newCard(q.id, now)));
    const stack: StoredStack = {
      id: pack.id,
      source: 'installed',
      pack,
      origin,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    await db.stacks.put(stack);
    return { stack, diff };
  });
}

/** What deleting a stack removed, to put back on Undo. */
export interface RemovedStack {
  stack: StoredStack;
  cards: StoredCard[];
  progress: SectionProgress[];
}

/** Deletes a written or installed stack with its cards and progress; the user's notes stay. */
export async function removeStack(id: string): Promise<RemovedStack | undefined> {
  return db.transaction('rw', [db.stacks, db.cards, db.progress], async () => {
    const stack = await db.stacks.get(id);
    if (!stack) return undefined;
    const ids = [...packIds(stack.pack)];
    const cards = (await db.cards.bulkGet(ids)).filter((c) => c !== undefined);
    const progress = (await db.progress.bulkGet(ids)).filter((p) => p !== undefined);
    await db.cards.bulkDelete(cards.map((c) => c.id));
    await db.progress.bulkDelete(progress.map((p) => p.sectionId));
    await db.stacks.delete(id);
    return { stack, cards, progress };
  });
}

export async function restoreStack({ stack, cards, progress }: RemovedStack): Promise<void> {
  await db.transaction('rw', [db.stacks, db.cards, db.progress], async () => {
    await db.stacks.put(stack);
    await db.cards.bulkPut(cards);
    await db.progress.bulkPut(progress);
  });
}
