import { describe, expect, it } from 'vitest';
import type { Snippet, UserNote } from '../records/model';
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
