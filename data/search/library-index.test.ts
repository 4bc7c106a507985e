import { describe, expect, it } from 'vitest';
import type { Snippet, UserNote } from '../records/model';
import { LibraryIndex } from './library-index';
import { noteDoc, snippetTitle } from './user-docs';

const note = (over: Partial<UserNote> = {}): UserNote => ({
  id: 'n1',
  title: 'Squash old migrations',
  body: 'Use `squashmigrations app 0042` before a release.\n\n```bash\npython manage.py showmigrations\n```',
  tags: ['migrations'],
  createdAt: 1,
  updatedAt: 1,
  ...over,
});

const snippet = (over: Partial<Snippet> = {}): Snippet => ({
  id: 's1',
  text: '\n\n    def ready(self):\n        import signals\n',
  language: 'python',
  pageUrl: 'https://example.com/apps',
  pageTitle: 'Applications',
  pageKey: 'https://example.com/apps',
  note: '',
  tags: [],
  createdAt: 1,
  updatedAt: 1,
  ...over,
});

describe('user documents', () => {
  it('treats fenced and inline code in a note as code', () => {
    const doc = noteDoc(note());
    expect(doc.code).toContain('squashmigrations app 0042');
    expect(doc.code).toContain('python manage.py showmigrations');
    expect(doc.text).not.toContain('showmigrations');
  });

  it("titles a snippet by the user's note, else its first non-blank line", () => {
    expect(snippetTitle(snippet())).toBe('def ready(self):');
    expect(snippetTitle(snippet({ note: 'App config hook' }))).toBe('App config hook');
  });
});

describe('LibraryIndex', () => {
  it('finds user records next to bundled sections, exact words above typo guesses', () => {
    const index = new LibraryIndex();
    index.sync([note()], [snippet()]);
    expect(index.search('squashmigrations')[0]?.doc.id).toBe('note:n1');
    expect(index.search('ready')[0]?.doc.id).toBe('snippet:s1');
    expect(index.search('select_rel')[0]?.doc.id).toBe('django/orm');
  });

  it('re-indexes edited records and drops deleted ones', () => {
    const index = new LibraryIndex();
    index.sync([note()], [snippet()]);
    const bundledAndMine = index.size;
    index.sync([note({ title: 'Reset migrations', body: 'zero', updatedAt: 2 })], []);
    expect(index.size).toBe(bundledAndMine - 1);
    expect(index.search('squashmigrations').map((h) => h.doc.id)).not.toContain('note:n1');
    expect(index.search('reset')[0]?.doc.id).toBe('note:n1');
    expect(index.search('ready').map((h) => h.doc.id)).not.toContain('snippet:s1');
  });
});

describe('LibraryIndex.syncSteps', () => {
  it('indexes in chunks, searchable as it goes, and drops deleted records at the end', () => {
    const index = new LibraryIndex();
    const notes = Array.from({ length: 5 }, (_, i) =>
      note({ id: `n${i}`, title: `Chunked ${i}`, body: `part${i}` }),
    );
    const steps = index.syncSteps(notes, [], 2);
    steps.next();
    expect(index.search('chunked').length).toBe(2);
    while (!steps.next().done);
    expect(index.search('chunked').length).toBe(5);

    const rest = index.syncSteps(notes.slice(0, 1), [], 2);
    while (!rest.next().done);
    expect(index.search('chunked').map((h) => h.doc.id)).toEqual(['note:n0']);
  });
});
