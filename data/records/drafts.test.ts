import { beforeEach, describe, expect, it } from 'vitest';
import { clearAllData, resetToFreshInstall } from '../backup/backup';
import { interviewQuestionIds } from '../practice/practice-items';
import { db } from './db';
import { draftKey, getDraft, putDraft, saveNoteDraft, type DraftFields } from './drafts';
import { createNote } from './notes';

beforeEach(() => clearAllData());

const fields: DraftFields = {
  title: 'Draft',
  body: 'text',
  tags: 'orm, ',
  stackId: '',
  sectionId: '',
  pageUrl: 'docs.djangoproject.com/en/5.2/ref/csrf/',
};

describe('note drafts', () => {
  it('keys drafts by note, or by where a new note was started', () => {
    expect(draftKey('n1')).toBe('note:n1');
    expect(draftKey(undefined, { sectionId: 'django/orm' })).toBe('new:section:django/orm');
    expect(draftKey(undefined)).toBe('new:');
  });

  it('saves the note and drops its draft together', async () => {
    await putDraft('new:', fields, undefined, 5);
    const note = await saveNoteDraft('new:', fields);
    expect(note).toMatchObject({ title: 'Draft', tags: ['orm'] });
    expect(note.pageUrl).toBe('https://docs.djangoproject.com/en/5.2/ref/csrf/');
    expect(await getDraft('new:')).toBeUndefined();
  });

  it('keeps the draft when the note cannot be saved', async () => {
    const note = await createNote({ title: 'Old', body: '' });
    await putDraft(draftKey(note.id), { ...fields, pageUrl: 'nowhere' }, note, 5);
    await expect(
      saveNoteDraft(draftKey(note.id), { ...fields, pageUrl: 'nowhere' }, note),
    ).rejects.toThrow(/not a web address/);
    expect(await getDraft(draftKey(note.id))).toMatchObject({ pageUrl: 'nowhere' });
    expect((await db.notes.get(note.id))?.title).toBe('Old');
  });

  it('deleting all data leaves only the interview cards, drafts included', async () => {
    await putDraft('new:', fields, undefined, 5);
    await createNote({ title: 'Gone', body: '' });
    await resetToFreshInstall(10);
    expect(await db.drafts.count()).toBe(0);
    expect(await db.notes.count()).toBe(0);
    expect((await db.cards.toArray()).map((c) => c.id).sort()).toEqual(
      [...interviewQuestionIds].sort(),
    );
  });
});
