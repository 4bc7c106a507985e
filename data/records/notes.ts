import { db } from './db';
import { newId, noteSearchId } from './ids';
import type { StoredCard, UserNote } from './model';
import { pageKey } from '../docs/pages';

export interface NoteInput {
  title: string;
  body: string;
  tags?: string[];
  stackId?: string;
  sectionId?: string;
  pageUrl?: string;
}

export const MAX_NOTE_BODY = 200_000;

/** Trims and de-duplicates tags as typed ("orm, Perf ,orm" → ["orm", "perf"]). */
export function normaliseTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim().toLowerCase()).filter(Boolean))];
}

function clean(input: NoteInput): Omit<UserNote, 'id' | 'createdAt' | 'updatedAt'> {
  const title = input.title.trim();
  if (!title) throw new Error('A note needs a title.');
  if (input.body.length > MAX_NOTE_BODY) {
    throw new Error(`A note can hold up to ${MAX_NOTE_BODY / 1000} KB of text.`);
  }
  const pageUrl = input.pageUrl?.trim() || undefined;
  return {
    title,
    body: input.body,
    tags: normaliseTags(input.tags ?? []),
    stackId: input.stackId || undefined,
    sectionId: input.sectionId || undefined,
    pageUrl,
    pageKey: pageUrl ? pageKey(pageUrl) : undefined,
  };
}

export async function createNote(input: NoteInput, now = Date.now()): Promise<UserNote> {
  const note: UserNote = { id: newId(), ...clean(input), createdAt: now, updatedAt: now };
  await db.notes.add(note);
  return note;
}

export async function updateNote(
  id: string,
  input: NoteInput,
  now = Date.now(),
): Promise<UserNote> {
  return db.transaction('rw', db.notes, async () => {
    const existing = await db.notes.get(id);
    if (!existing) throw new Error('This note was deleted.');
    const note: UserNote = { ...existing, ...clean(input), updatedAt: now };
    await db.notes.put(note);
    return note;
  });
}

/** Deletes a note and its practice card; returns what `restoreNote` needs to undo it. */
export async function deleteNote(id: string): Promise<DeletedNote | undefined> {
  return db.transaction('rw', db.notes, db.cards, async () => {
    const note = await db.notes.get(id);
    if (!note) return undefined;
    const card = await db.cards.get(noteSearchId(id));
    await db.notes.delete(id);
    if (card) await db.cards.delete(card.id);
    return { note, card };
  });
}

export interface DeletedNote {
  note: UserNote;
  card?: StoredCard;
}

export async function restoreNote({ note, card }: DeletedNote): Promise<void> {
  await db.transaction('rw', db.notes, db.cards, async () => {
    await db.notes.put(note);
    if (card) await db.cards.put(card);
  });
}

export const getNote = (id: string) => db.notes.get(id);

export const listNotes = () => db.notes.orderBy('updatedAt').reverse().toArray();

export const notesForSection = (sectionId: string) =>
  db.notes.where('sectionId').equals(sectionId).reverse().sortBy('updatedAt');

export const notesForPage = (key: string) => db.notes.where('pageKey').equals(key).toArray();
