import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { clearAllData } from '../data/backup/backup';
import { createNote, deleteNote } from '../data/records/notes';
import { createSnippet, deleteSnippet } from '../data/records/snippets';
import { ItemDetail } from './ItemDetail';

const link = (route: string) => `#${route}`;

beforeEach(async () => {
  await clearAllData();
});

describe('ItemDetail', () => {
  it('says an unknown id names nothing, for notes, snippets and sections', async () => {
    const { rerender } = render(<ItemDetail id="note:no-such" link={link} />);
    await screen.findByText('There is no note with this id.');
    rerender(<ItemDetail id="snippet:no-such" link={link} />);
    await screen.findByText('There is no snippet with this id.');
    rerender(<ItemDetail id="nostack/no-such" link={link} />);
    await screen.findByText('There is no section with this id.');
    expect(screen.queryByText(/was deleted/)).toBeNull();
  });

  it('says "deleted" for a note it showed, and not for the next unknown id', async () => {
    const note = await createNote({ title: 'Celery retries', body: 'Use `autoretry_for`.' });
    const { rerender } = render(<ItemDetail id={`note:${note.id}`} link={link} />);
    await screen.findByRole('heading', { name: 'Celery retries' });
    await deleteNote(note.id);
    await screen.findByText('This note was deleted.');
    rerender(<ItemDetail id="note:no-such" link={link} />);
    await screen.findByText('There is no note with this id.');
  });

  it('does not show a deleted snippet in place of another id that names none', async () => {
    const snippet = await createSnippet({
      text: 'print(1)',
      language: 'python',
      pageUrl: 'https://example.com/',
      pageTitle: 'Example page',
    });
    const { rerender } = render(<ItemDetail id={`snippet:${snippet.id}`} link={link} />);
    await screen.findByRole('heading', { name: 'Example page' });
    await deleteSnippet(snippet.id);
    await screen.findByText('This snippet was deleted.');
    rerender(<ItemDetail id="snippet:no-such" link={link} />);
    await screen.findByText('There is no snippet with this id.');
    expect(screen.queryByRole('heading', { name: 'Example page' })).toBeNull();
  });
});
