import { db } from './db';
import type { NoteDraft, UserNote } from './model';
import { createNote, updateNote, type NoteInput } from './notes';

export type DraftFields = Omit<NoteDraft, 'key' | 'updatedAt' | 'base'>;

/** One draft per note being edited, and one per place a new note is started from. */
export function draftKey(
  noteId: string | undefined,
  attach: Pick<NoteInput, 'sectionId' | 'pageUrl' | 'stackId'> = {},
): string {
  if (noteId) return `note:${noteId}`;
  const { sectionId, pageUrl, stackId } = attach;
  if (sectionId) return `new:section:${sectionId}`;
  if (pageUrl) return `new:page:${pageUrl}`;
  if (stackId) return `new:stack:${stackId}`;
  return 'new:';
}

export const getDraft = (key: string) => db.drafts.get(key);

export async function putDraft(
  key: string,
  fields: DraftFields,
  base?: UserNote,
  now = Date.now(),
): Promise<void> {
  const { title, body, tags, stackId, sectionId, pageUrl } = fields;
  const draft: NoteDraft = { key, title, body, tags, stackId, sectionId, pageUrl, updatedAt: now };
  if (base) draft.base = base;
  await db.drafts.put(draft);
}

export async function deleteDraft(key: string): Promise<void> {
  await db.drafts.delete(key);
}

export function draftInput(fields: DraftFields): NoteInput {
  const { title, body, tags, stackId, sectionId, pageUrl } = fields;
  return { title, body, tags: tags.split(','), stackId, sectionId, pageUrl };
}

/**
 * Saves the note and drops its draft together: either both happen or neither (a conflict or a
 * bad field leaves the draft as it was). With `base`, an edit of that note, merged as
 * `updateNote` does; without, a new note.
 */
export async function saveNoteDraft(
  key: string,
  fields: DraftFields,
  base?: UserNote,
  now = Date.now(),
): Promise<UserNote> {
  return db.transaction('rw', db.notes, db.drafts, async () => {
    const input = draftInput(fields);
    const note = base ? await updateNote(base.id, input, now, base) : await createNote(input, now);
    await db.drafts.delete(key);
    return note;
  });
}
