import { describe, expect, it } from 'vitest';
import { noteSearchId, parseSearchId, snippetSearchId } from '../data/records/ids';
import { hashHref, parseRoute, routes } from './links';

describe('library routes', () => {
  it('reads back every address it builds', () => {
    expect(parseRoute(hashHref(routes.browse))).toEqual({ page: 'browse' });
    for (const page of ['mine', 'review', 'progress', 'backup'] as const) {
      expect(parseRoute(hashHref(routes[page]))).toEqual({ page });
    }
    expect(parseRoute(hashHref(routes.section('django/orm')))).toEqual({
      page: 'section',
      id: 'django/orm',
    });
    expect(parseRoute(routes.stack('django'))).toEqual({ page: 'stack', id: 'django' });
    expect(parseRoute(routes.note('a b/c'))).toEqual({ page: 'note', id: 'a b/c' });
    expect(parseRoute(routes.editNote('n1'))).toEqual({ page: 'edit', id: 'n1' });
    expect(parseRoute(routes.snippet('s1'))).toEqual({ page: 'snippet', id: 's1' });
  });

  it('keeps what a new note is attached to', () => {
    const attach = {
      sectionId: 'django/orm',
      pageUrl: 'https://docs.djangoproject.com/en/5.2/topics/db/queries/?x=1&y=2',
      stackId: 'django',
    };
    expect(parseRoute(hashHref(routes.newNote(attach)))).toEqual({ page: 'new', attach });
    expect(parseRoute(routes.newNote())).toEqual({ page: 'new', attach: {} });
  });

  it('sends a search result to the page that shows it', () => {
    expect(parseRoute(routes.item(noteSearchId('n1')))).toEqual({ page: 'note', id: 'n1' });
    expect(parseRoute(routes.item(snippetSearchId('s1')))).toEqual({ page: 'snippet', id: 's1' });
    expect(parseRoute(routes.item('django/q-mtv'))).toEqual({
      page: 'section',
      id: 'django/q-mtv',
    });
  });

  it('keeps the search that led to an item, so its view can land on the answer', () => {
    expect(parseRoute(hashHref(routes.item('django/orm', ' what is annotate? ')))).toEqual({
      page: 'section',
      id: 'django/orm',
      query: 'what is annotate?',
    });
    expect(parseRoute(routes.item(noteSearchId('n1'), '  '))).toEqual({ page: 'note', id: 'n1' });
  });

  it('shows nothing-here for addresses it does not know', () => {
    for (const hash of ['#/nope', '#/note', '#/mine/extra', '#/note/%E0%A4%A']) {
      expect(parseRoute(hash)).toEqual({ page: 'missing' });
    }
  });
});

describe('search ids', () => {
  it('tell notes, snippets and bundled sections apart', () => {
    expect(parseSearchId(noteSearchId('note:odd'))).toEqual({ kind: 'note', id: 'note:odd' });
    expect(parseSearchId(snippetSearchId('x'))).toEqual({ kind: 'snippet', id: 'x' });
    expect(parseSearchId('django/orm')).toEqual({ kind: 'section', id: 'django/orm' });
  });
});
