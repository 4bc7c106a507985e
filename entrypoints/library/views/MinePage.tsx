import { hashHref, routes } from '../../../components/links';
import { useEffect, useState } from 'react';
import {
  useCatalog,
  useNotesPage,
  useSavedStacks,
  useSnippetsPage,
  type ListPage,
} from '../../../data/records/live';
import { snippetTitle } from '../../../data/search/user-docs';
import { RelativeTime } from '../../../components/RelativeTime';
import { ListPager, PAGE_SIZE } from './ListPager';
import { useDocumentTitle } from '../title';

/** Moves a list back to its last page when deletions leave it past the end. */
function useKeepInRange<T>(
  page: ListPage<T> | undefined,
  offset: number,
  setOffset: (offset: number) => void,
) {
  const total = page?.total;
  useEffect(() => {
    if (total !== undefined && offset > 0 && offset >= total) {
      setOffset(Math.max(0, Math.floor((total - 1) / PAGE_SIZE) * PAGE_SIZE));
    }
  }, [offset, total, setOffset]);
}

export function MinePage() {
  useDocumentTitle('My DevRecall');
  const saved = useSavedStacks();
  const { findStack } = useCatalog();
  const [noteOffset, setNoteOffset] = useState(0);
  const [snippetOffset, setSnippetOffset] = useState(0);
  const notePage = useNotesPage(noteOffset, PAGE_SIZE);
  const snippetPage = useSnippetsPage(snippetOffset, PAGE_SIZE);
  // Each page is an indexed range and a count: a library of any size opens like a small one.
  useKeepInRange(notePage, noteOffset, setNoteOffset);
  useKeepInRange(snippetPage, snippetOffset, setSnippetOffset);
  const notes = notePage?.items;
  const snippets = snippetPage?.items;
  return (
    <>
      <div className="page-head">
        <h1>My DevRecall</h1>
        <a className="button-link primary" href={hashHref(routes.newNote())}>
          + New note
        </a>
        <a className="button-link" href={hashHref(routes.newStack)}>
          + New stack
        </a>
        <a className="button-link" href={hashHref(routes.install)}>
          Install a stack
        </a>
      </div>

      <section aria-labelledby="saved-heading">
        <h2 id="saved-heading">Saved stacks</h2>
        {saved === undefined ? null : saved.length === 0 ? (
          <p className="empty-inline">
            No saved stacks yet. <a href={hashHref(routes.browse)}>Browse the topics</a> and save a
            stack to keep it here.
          </p>
        ) : (
          <ul className="card-list" aria-label="Saved stacks">
            {saved.map(({ stackId, savedAt }) => (
              <li key={stackId}>
                <a href={hashHref(routes.stack(stackId))}>{findStack(stackId)?.title ?? stackId}</a>
                <span className="muted">
                  saved <RelativeTime time={savedAt} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="notes-heading">
        <h2 id="notes-heading">
          My notes{' '}
          {notePage && <span className="count">{notePage.total.toLocaleString('en')}</span>}
        </h2>
        {notePage === undefined || notes === undefined ? null : notePage.total === 0 ? (
          <p className="empty-inline">
            You have no notes yet. <a href={hashHref(routes.newNote())}>Write your first note</a> —
            Markdown and code blocks work.
          </p>
        ) : (
          <ul className="card-list" aria-label="My notes">
            {notes.map((note) => (
              <li key={note.id}>
                <a href={hashHref(routes.note(note.id))}>{note.title}</a>
                <span className="muted">
                  {note.tags.map((t) => `#${t}`).join(' ')} edited{' '}
                  <RelativeTime time={note.updatedAt} />
                </span>
              </li>
            ))}
          </ul>
        )}
        {notePage && (
          <ListPager
            label="notes"
            offset={noteOffset}
            shown={notePage.items.length}
            total={notePage.total}
            onOffset={setNoteOffset}
          />
        )}
      </section>

      <section aria-labelledby="snippets-heading">
        <h2 id="snippets-heading">
          Snippets{' '}
          {snippetPage && <span className="count">{snippetPage.total.toLocaleString('en')}</span>}
        </h2>
        {snippetPage === undefined || snippets === undefined ? null : snippetPage.total === 0 ? (
          <p className="empty-inline">
            No snippets yet. Select text on any page, then choose “Save selection to DevRecall” from
            the context menu or press the shortcut.
          </p>
        ) : (
          <ul className="card-list" aria-label="Snippets">
            {snippets.map((snippet) => (
              <li key={snippet.id}>
                <a href={hashHref(routes.snippet(snippet.id))}>{snippetTitle(snippet)}</a>
                <span className="muted">
                  {snippet.pageTitle} · <RelativeTime time={snippet.createdAt} />
                </span>
              </li>
            ))}
          </ul>
        )}
        {snippetPage && (
          <ListPager
            label="snippets"
            offset={snippetOffset}
            shown={snippetPage.items.length}
            total={snippetPage.total}
            onOffset={setSnippetOffset}
          />
        )}
      </section>
    </>
  );
}
