import { useState } from 'react';
import type { Snippet } from '../data/records/model';
import { userMessage } from '../data/records/errors';
import { DeletedWhileEditingError, EditConflictError } from '../data/records/merge';
import { createSnippet, updateSnippet } from '../data/records/snippets';
import { CodeBlock } from './CodeBlock';
import { ConflictChooser, shownValue, type Choices } from './ConflictChooser';
import { RelativeTime } from './RelativeTime';
import { isWebUrl } from './safe-url';

export const LANGUAGES = ['python', 'javascript', 'typescript', 'bash', 'sql', 'xml', 'text'];

interface Props {
  snippet: Snippet;
  /** The snippet was deleted elsewhere; `gone` is shown unless it is being edited. */
  deleted?: boolean;
  gone?: React.ReactNode;
  actions?: React.ReactNode;
  /** Called when an edit of a deleted snippet is saved as a new one. */
  onSavedAsNew?: (id: string) => void;
  /** The item is the whole page (the library's): its title is the page's one h1. */
  asPage?: boolean;
}

export function SnippetDetail({ snippet, deleted, gone, actions, onSavedAsNew, asPage }: Props) {
  const [editing, setEditing] = useState(false);
  const Title = asPage ? 'h1' : 'h2';
  if (deleted && !editing) return gone;
  return (
    <article className="snippet-detail" aria-labelledby="snippet-title">
      <p className="section-context">
        Snippet · saved <RelativeTime time={snippet.createdAt} />
      </p>
      <Title id="snippet-title">
        {isWebUrl(snippet.pageUrl) ? (
          <a href={snippet.pageUrl} target="_blank" rel="noreferrer" className="source-link">
            {snippet.pageTitle}
          </a>
        ) : (
          snippet.pageTitle
        )}
      </Title>
      <p className="source-url">{snippet.pageUrl}</p>
      {editing ? (
        <SnippetEditor
          snippet={snippet}
          deleted={Boolean(deleted)}
          onDone={() => setEditing(false)}
          onSavedAsNew={onSavedAsNew}
        />
      ) : (
        <>
          {snippet.note && (
            <p className="snippet-note" data-answers>
              {snippet.note}
            </p>
          )}
          {snippet.tags.length > 0 && (
            <ul className="meta-list">
              {snippet.tags.map((tag) => (
                <li key={tag} className="tag">
                  #{tag}
                </li>
              ))}
            </ul>
          )}
          <div className="actions">
            <button type="button" onClick={() => setEditing(true)}>
              Edit note, tags, language
            </button>
            {actions}
          </div>
        </>
      )}
      <div data-answers>
        <CodeBlock code={snippet.text} lang={snippet.language} label="Copy snippet" />
      </div>
    </article>
  );
}

const SNIPPET_LABELS: Record<string, string> = { note: 'Note', tags: 'Tags', language: 'Language' };

interface EditorProps {
  snippet: Snippet;
  deleted: boolean;
  onDone: () => void;
  onSavedAsNew?: (id: string) => void;
}

/** Edits from the version it opened: a save merges with edits made elsewhere meanwhile. */
function SnippetEditor({ snippet, deleted, onDone, onSavedAsNew }: EditorProps) {
  const [base, setBase] = useState(snippet);
  const [note, setNote] = useState(snippet.note);
  const [tags, setTags] = useState(snippet.tags.join(', '));
  const [language, setLanguage] = useState(snippet.language);
  const [error, setError] = useState<string>();
  const [conflict, setConflict] = useState<EditConflictError<Snippet>>();
  const [deletedHere, setDeletedHere] = useState(false);
  const gone = deleted || deletedHere;

  const save = async (values = { note, tags, language }, from = base) => {
    setError(undefined);
    const edit = { ...values, tags: values.tags.split(',') };
    try {
      if (gone) {
        const created = await createSnippet({ ...from, ...edit });
        onDone();
        onSavedAsNew?.(created.id);
        return;
      }
      await updateSnippet(from.id, edit, Date.now(), from);
      onDone();
    } catch (e) {
      if (e instanceof EditConflictError) setConflict(e as EditConflictError<Snippet>);
      else if (e instanceof DeletedWhileEditingError) setDeletedHere(true);
      else setError(userMessage(e));
    }
  };

  const resolve = (choices: Choices) => {
    if (!conflict) return;
    const values = { note, tags, language };
    for (const c of conflict.conflicts) {
      if (choices[String(c.field)] === 'theirs') {
        values[c.field as keyof typeof values] = shownValue(c.theirs);
      }
    }
    setNote(values.note);
    setTags(values.tags);
    setLanguage(values.language);
    setBase(conflict.current);
    setConflict(undefined);
    void save(values, conflict.current);
  };

  return (
    <form
      className="editor"
      onSubmit={(e) => {
        e.preventDefault();
        if (!conflict) void save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onDone();
        }
      }}
    >
      {gone && (
        <p className="editor-notice" role="alert">
          This snippet was deleted in another tab. Your edit is kept here: save it as a new snippet,
          or cancel to discard it.
        </p>
      )}
      <label>
        Note
        <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={3} autoFocus />
      </label>
      <label>
        Tags <span className="hint">comma-separated</span>
        <input value={tags} onChange={(e) => setTags(e.target.value)} />
      </label>
      <label>
        Language
        <select value={language} onChange={(e) => setLanguage(e.target.value)}>
          {LANGUAGES.map((l) => (
            <option key={l}>{l}</option>
          ))}
        </select>
      </label>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {conflict && (
        <ConflictChooser
          conflicts={conflict.conflicts.map((c) => ({
            field: String(c.field),
            label: SNIPPET_LABELS[String(c.field)] ?? String(c.field),
            mine: shownValue(c.mine),
            theirs: shownValue(c.theirs),
          }))}
          onSave={resolve}
        />
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={Boolean(conflict)}>
          {gone ? 'Save as a new snippet' : 'Save'}
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
