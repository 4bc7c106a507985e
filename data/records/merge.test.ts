import { beforeEach, describe, expect, it } from 'vitest';
import { clearAllData } from '../backup/backup';
import { DeletedWhileEditingError, EditConflictError, mergeFields } from './merge';
import { createNote, deleteNote, getNote, updateNote } from './notes';
import { createSnippet, getSnippet, updateSnippet } from './snippets';

beforeEach(() => clearAllData());

describe('mergeFields', () => {
  const base = { title: 'T', body: 'B', tags: ['a'] };
  const fields = ['title', 'body', 'tags'] as const;

  it('takes each side’s change when they touched different fields', () => {
    const mine = { ...base, body: 'B2' };
    const theirs = { ...base, title: 'T2', tags: ['a', 'b'] };
    expect(mergeFields(base, mine, theirs, fields)).toEqual({
      merged: { title: 'T2', body: 'B2', tags: ['a', 'b'] },
      conflicts: [],
    });
  });

  it('reports a field both changed differently, keeping theirs until the user chooses', () => {
    const { merged, conflicts } = mergeFields(
      base,
      { ...base, title: 'Mine' },
      { ...base, title: 'Theirs' },
      fields,
    );
    expect(merged.title).toBe('Theirs');
    expect(conflicts).toEqual([{ field: 'title', base: 'T', mine: 'Mine', theirs: 'Theirs' }]);
  });

  it('sees no conflict when both made the same change, or an empty value and a missing one', () => {
    const same = mergeFields(
      { ...base, note: undefined as string | undefined },
      { ...base, title: 'X', note: '' },
      { ...base, title: 'X', note: undefined },
      [...fields, 'note'],
    );
    expect(same.conflicts).toEqual([]);
  });
});

describe('two tabs editing one note', () => {
  it('a stale save keeps the other tab’s title and its own body', async () => {
    const original = await createNote({ title: 'Old title', body: 'Old body' }, 1);
    // Tab A saves a new title; tab B, opened before, saves a new body.
    await updateNote(original.id, { ...original, title: 'New title' }, 2, original);
    const saved = await updateNote(original.id, { ...original, body: 'New body' }, 3, original);
    expect(saved).toMatchObject({ title: 'New title', body: 'New body' });
    expect(await getNote(original.id)).toEqual(saved);
  });

  it('refuses to overwrite a field both tabs changed and writes nothing', async () => {
    const original = await createNote({ title: 'Title', body: 'Body' }, 1);
    const a = await updateNote(original.id, { ...original, body: 'Body from A' }, 2, original);
    const attempt = updateNote(
      original.id,
      { ...original, title: 'Title from B', body: 'Body from B' },
      3,
      original,
    );
    await expect(attempt).rejects.toBeInstanceOf(EditConflictError);
    const error = (await attempt.catch((e: unknown) => e)) as EditConflictError<typeof original>;
    expect(error.conflicts.map((c) => [c.field, c.mine, c.theirs])).toEqual([
      ['body', 'Body from B', 'Body from A'],
    ]);
    expect(await getNote(original.id)).toEqual(a);

    // Choosing B's body and saving against the version the conflict was found in goes through.
    const resolved = await updateNote(
      original.id,
      { ...original, title: 'Title from B', body: 'Body from B' },
      4,
      error.current,
    );
    expect(resolved).toMatchObject({ title: 'Title from B', body: 'Body from B' });
  });

  it('says the note was deleted instead of saving nothing silently', async () => {
    const note = await createNote({ title: 'Gone', body: 'typed' }, 1);
    await deleteNote(note.id);
    await expect(updateNote(note.id, note, 2, note)).rejects.toBeInstanceOf(
      DeletedWhileEditingError,
    );
  });
});

describe('two tabs editing one snippet', () => {
  it('keeps one tab’s tags and the other’s note', async () => {
    const s = await createSnippet(
      { text: 'x = 1', language: 'python', pageUrl: 'https://e.com/', pageTitle: 'E' },
      1,
    );
    await updateSnippet(s.id, { note: s.note, tags: ['orm'], language: s.language }, 2, s);
    await updateSnippet(s.id, { note: 'why', tags: [], language: s.language }, 3, s);
    expect(await getSnippet(s.id)).toMatchObject({ note: 'why', tags: ['orm'] });
  });

  it('offers the choice when both changed the tags', async () => {
    const s = await createSnippet(
      { text: 'x = 1', language: 'python', pageUrl: 'https://e.com/', pageTitle: 'E' },
      1,
    );
    await updateSnippet(s.id, { tags: ['a'] }, 2, s);
    await expect(updateSnippet(s.id, { tags: ['b'] }, 3, s)).rejects.toThrow(
      'choose which version to keep for tags',
    );
    expect((await getSnippet(s.id))?.tags).toEqual(['a']);
  });
});
