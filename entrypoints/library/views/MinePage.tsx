import { hashHref, routes } from '../../../components/links';
import { useCatalog, useNotes, useSavedStacks, useSnippets } from '../../../data/records/live';
import { snippetTitle } from '../../../data/search/user-docs';
import { RelativeTime } from '../../../components/RelativeTime';

export function MinePage() {
  const saved = useSavedStacks();
  const { findStack } = useCatalog();
  const notes = useNotes();
  const snippets = useSnippets();
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
          My notes {notes && <span className="count">{notes.length}</span>}
        </h2>
        {notes === undefined ? null : notes.length === 0 ? (
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
      </section>

      <section aria-labelledby="snippets-heading">
        <h2 id="snippets-heading">
          Snippets {snippets && <span className="count">{snippets.length}</span>}
        </h2>
        {snippets === undefined ? null : snippets.length === 0 ? (
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
      </section>
    </>
  );
}
