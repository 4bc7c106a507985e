import { useState } from 'react';
import type { Snippet } from '../data/records/model';
import { userMessage } from '../data/records/errors';
import { updateSnippet } from '../data/records/snippets';
import { CodeBlock } from './CodeBlock';
import { RelativeTime } from './RelativeTime';

export const LANGUAGES = ['python', 'javascript', 'typescript', 'bash', 'sql', 'xml', 'text'];

interface Props {
  snippet: Snippet;
  actions?: React.ReactNode;
}

export function SnippetDetail({ snippet, actions }: Props) {
  const [editing, setEditing] = useState(false);
  return (
    <article className="snippet-detail" aria-labelledby="snippet-title">
      <p className="section-context">
        Snippet · saved <RelativeTime time={snippet.createdAt} />
      </p>
      <h2 id="snippet-title">
        <a href={snippet.pageUrl} target="_blank" rel="noreferrer" className="source-link">
          {snippet.pageTitle}
        </a>
      </h2>
      <p className="source-url">{snippet.pageUrl}</p>
      {editing ? (
        <SnippetEditor snippet={snippet} onDone={() => setEditing(false)} />
      ) : (
        <>
          {snippet.note && <p className="snippet-note">{snippet.note}</p>}
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
      <CodeBlock code={snippet.text} lang={snippet.language} label="Copy snippet" />
    </article>
  );
}

function SnippetEditor({ snippet, onDone }: { snippet: Snippet; onDone: () => void }) {
  const [note, setNote] = useState(snippet.note);
  const [tags, setTags] = useState(snippet.tags.join(', '));
  const [language, setLanguage] = useState(snippet.language);
  const [error, setError] = useState<string>();

  const save = async () => {
    try {
      await updateSnippet(snippet.id, { note, tags: tags.split(','), language });
      onDone();
    } catch (e) {
      setError(userMessage(e));
    }
  };

  return (
    <form
      className="editor"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onDone();
        }
      }}
    >
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
      <div className="actions">
        <button type="submit" className="primary">
          Save
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
