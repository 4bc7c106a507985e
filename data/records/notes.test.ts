import { beforeEach, describe, expect, it } from 'vitest';
import { clearAllData } from '../backup/backup';
import { db } from './db';
import { noteSearchId } from './ids';
import {
  createNote,
  createNoteOnce,
  deleteNote,
  listNotes,
  notesForPage,
  notesForSection,
  restoreNote,
  updateNote,
} from './notes';
import { listSavedStacks, saveStack, unsaveStack } from './saved-stacks';

beforeEach(() => clearAllData());

describe('notes', () => {
  it('creates, lists newest first, and updates', async () => {
    const a = await createNote({ title: ' First ', body: 'a', tags: ['ORM', 'orm ', ''] }, 1);
    await createNote({ title: 'Second', body: 'b' }, 2);
    expect(a.title).toBe('First');
    expect(a.tags).toEqual(['orm']);
    expect((await listNotes()).map((n) => n.title)).toEqual(['Second', 'First']);

    const edited = await updateNote(a.id, { title: 'First, edited', body: 'a2' }, 3);
    expect(edited.createdAt).toBe(1);
    expect(edited.updatedAt).toBe(3);
    expect((await listNotes()).map((n) => n.title)).toEqual(['First, edited', 'Second']);
  });

  it('refuses a note without a title and leaves the store unchanged', async () => {
    await expect(createNote({ title: '  ', body: 'x' })).rejects.toThrow('needs a title');
    expect(await db.notes.count()).toBe(0);
  });

  it('deletes with its practice card and restores both on undo', async () => {
    const note = await createNote({ title: 'Undo me', body: 'body' });
    await db.cards.put({
      id: noteSearchId(note.id),
      due: 1,
      stability: 1,
      difficulty: 5,
      elapsedDays: 0,
      scheduledDays: 1,
      learningSteps: 0,
      reps: 1,
      lapses: 0,
      state: 2,
      createdAt: 1,
    });
    const deleted = await deleteNote(note.id);
    expect(await db.notes.count()).toBe(0);
    expect(await db.cards.count()).toBe(0);
    if (!deleted) throw new Error('nothing was deleted');
    await restoreNote(deleted);
    expect(await db.notes.get(note.id)).toEqual(note);
    expect(await db.cards.count()).toBe(1);
  });

  it('finds notes by section and by page across docs versions and languages', async () => {
    await createNote({
      title: 'On queries',
      body: '',
      sectionId: 'django/orm',
      pageUrl: 'https://docs.djangoproject.com/en/5.2/topics/db/queries/#lookups',
    });
    expect(await notesForSection('django/orm')).toHaveLength(1);
    expect(await notesForPage('docs:topics/db/queries')).toHaveLength(1);
  });
});

describe('saved stacks', () => {
  it('saves once, lists, and unsaves', async () => {
    await saveStack('django', 1);
    await saveStack('django', 2);
    expect(await listSavedStacks()).toEqual([{ stackId: 'django', savedAt: 2 }]);
    await unsaveStack('django');
    expect(await listSavedStacks()).toEqual([]);
  });
});

describe('createNoteOnce', () => {
  const id = '0b4f4c1e-2f7a-4d55-9a43-3c1f0f8a9d21';

  it('makes one note however often the same save arrives', async () => {
    const first = await createNoteOnce(id, { title: 'Squash', body: 'b' }, 1);
    expect(await createNoteOnce(id, { title: 'Squash', body: 'b' }, 2)).toEqual(first);
    expect(await db.notes.toArray()).toEqual([first]);
  });

  it('refuses an id another note has, changing nothing', async () => {
    const other = await createNote({ title: 'Mine', body: 'keep' }, 1, id);
    await expect(createNoteOnce(id, { title: 'Theirs', body: 'x' }, 2)).rejects.toThrow(
      'Not saved',
    );
    expect(await db.notes.toArray()).toEqual([other]);
  });
});
