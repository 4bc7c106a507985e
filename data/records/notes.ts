import { db } from './db';
import { newId, noteSearchId } from './ids';
import type { StoredCard, UserNote } from './model';
import { normalisePageUrl, pageKey } from '../docs/pages';
import { DeletedWhileEditingError, EditConflictError, mergeFields } from './merge';
import { checkTags, MAX_NOTE_BODY, MAX_TITLE_CHARS, MAX_URL_CHARS } from './limits';

export interface NoteInput {
  title: string;
  body: string;
  tags?: string[];
  stackId?: string;
  sectionId?: string;
  pageUrl?: string;
}

/** Trims and de-duplicates tags as typed ("orm, Perf ,orm" → ["orm", "perf"]). */
export function normaliseTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim().toLowerCase()).filter(Boolean))];
}

function clean(input: NoteInput): Omit<UserNote, 'id' | 'createdAt' | 'updatedAt'> {
  const title = input.title.trim();
  if (!title) throw new Error('A note needs a title.');
  if (title.length > MAX_TITLE_CHARS) {
    throw new Error(`A title can be up to ${MAX_TITLE_CHARS} characters.`);
  }
  if (input.body.length > MAX_NOTE_BODY) {
    throw new Error(`A note can hold up to ${MAX_NOTE_BODY / 1000} KB of text.`);
  }
  const pageUrl = normalisePageUrl(input.pageUrl ?? '');
  if (pageUrl && pageUrl.length > MAX_URL_CHARS) {
    throw new Error(`A page URL can be up to ${MAX_URL_CHARS} characters.`);
  }
  const tags = normaliseTags(input.tags ?? []);
  checkTags(tags);
  return {
    title,
    body: input.body,
    tags,
    stackId: input.stackId || undefined,
    sectionId: input.sectionId || undefined,
    pageUrl,
    pageKey: pageUrl ? pageKey(pageUrl) : undefined,
  };
}

export async function createNote(
  input: NoteInput,
  now = Date.now(),
  id = newId(),
): Promise<UserNote> {
  const note: UserNote = { id, ...clean(input), createdAt: now, updatedAt: now };
  await db.notes.add(note);
  return note;
}

/**
 * Creates a note with the id its sender chose, once: sent again, the same save finds the note it
 * made. An id already taken by another note is refused, so nothing is overwritten.
 */
export async function createNoteOnce(
  id: string,
  input: NoteInput,
  now = Date.now(),
): Promise<UserNote> {
  return db.transaction('rw', db.notes, async () => {
    const existing = await db.notes.get(id);
    if (!existing) return createNote(input, now, id);
    const wanted = clean(input);
    if (existing.title === wanted.title && existing.body === wanted.body) return existing;
    throw new Error('Not saved: the note’s id is already taken. Try again.');
  });
}

/** The fields a user edits; the rest are kept or derived. */
export const NOTE_FIELDS = ['title', 'body', 'tags', 'stackId', 'sectionId', 'pageUrl'] as const;

/**
 * Saves an edit. With `base` (the version the edit started from), a note changed meanwhile in
 * another tab is merged field by field; fields both sides changed throw `EditConflictError` and
 * nothing is written. A note deleted meanwhile throws `DeletedWhileEditingError`.
 */
export async function updateNote(
  id: string,
  input: NoteInput,
  now = Date.now(),
  base?: UserNote,
): Promise<UserNote> {
  const edit = clean(input);
  return db.transaction('rw', db.notes, async () => {
    const existing = await db.notes.get(id);
    if (!existing) throw new DeletedWhileEditingError('note');
    let fields: typeof edit = edit;
    if (base) {
      const { merged, conflicts } = mergeFields(
        base,
        { ...existing, ...edit },
        existing,
        NOTE_FIELDS,
      );
      if (conflicts.length) throw new EditConflictError(existing, conflicts);
      fields = { ...pick(merged), pageKey: merged.pageUrl ? pageKey(merged.pageUrl) : undefined };
    }
    const note: UserNote = {
      ...existing,
      ...fields,
      // Later than the version it replaces even when clocks of two tabs disagree.
      updatedAt: Math.max(now, existing.updatedAt + 1),
    };
    await db.notes.put(note);
    return note;
  });
}

function pick(note: UserNote): Pick<UserNote, (typeof NOTE_FIELDS)[number]> {
  const { title, body, tags, stackId, sectionId, pageUrl } = note;
  return { title, body, tags, stackId, sectionId, pageUrl };
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

/** Notes `offset` to `offset + limit`, last edited first, read through the index alone. */
export const notesPage = (offset: number, limit: number) =>
  db.notes.orderBy('updatedAt').reverse().offset(offset).limit(limit).toArray();

export const countNotes = () => db.notes.count();

export const notesForSection = (sectionId: string) =>
  db.notes.where('sectionId').equals(sectionId).reverse().sortBy('updatedAt');

export const notesForPage = (key: string) => db.notes.where('pageKey').equals(key).toArray();
