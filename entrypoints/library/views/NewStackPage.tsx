import { useState } from 'react';
import { hashHref, routes } from '../../../components/links';
import { userMessage } from '../../../data/records/errors';
import { useNotes } from '../../../data/records/live';
import { createOwnStack, notesAsPackNotes } from '../../../data/stacks/store';
import { navigate } from '../router';
import { useDocumentTitle } from '../title';

/** A new stack of the user's own: its details, and optionally some of their notes to start it. */
export function NewStackPage() {
  useDocumentTitle('New stack');
  const notes = useNotes();
  const [meta, setMeta] = useState({
    title: '',
    topic: '',
    description: '',
    author: '',
    licence: 'CC-BY-4.0',
  });
  const [chosen, setChosen] = useState<string[]>([]);
  const [error, setError] = useState<string>();
  const field = (name: keyof typeof meta) => ({
    value: meta[name],
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      setMeta({ ...meta, [name]: e.target.value }),
  });

  const create = async () => {
    setError(undefined);
    const trimmed = Object.fromEntries(
      Object.entries(meta).map(([k, v]) => [k, v.trim()]),
    ) as typeof meta;
    if (!trimmed.title || !trimmed.topic || !trimmed.author || !trimmed.licence) {
      setError('A stack needs a title, a topic, an author and a licence.');
      return;
    }
    try {
      const selected = (notes ?? []).filter((n) => chosen.includes(n.id));
      const stack = await createOwnStack(trimmed, notesAsPackNotes(selected));
      navigate(routes.stack(stack.id));
    } catch (e) {
      setError(userMessage(e));
    }
  };

  return (
    <form
      className="editor"
      aria-label="New stack"
      onSubmit={(e) => {
        e.preventDefault();
        void create();
      }}
    >
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <a href={hashHref(routes.mine)}>My DevRecall</a> › <span>New stack</span>
      </nav>
      <h1>New stack</h1>
      <label>
        Title
        <input {...field('title')} required autoFocus maxLength={200} />
      </label>
      <label>
        Topic <span className="hint">e.g. Backend, Frontend</span>
        <input {...field('topic')} required maxLength={80} />
      </label>
      <label>
        Description
        <textarea {...field('description')} rows={3} maxLength={2000} />
      </label>
      <label>
        Author <span className="hint">shown to people you share it with</span>
        <input {...field('author')} required maxLength={200} />
      </label>
      <label>
        Licence
        <input {...field('licence')} required maxLength={200} />
      </label>
      {notes && notes.length > 0 && (
        <fieldset>
          <legend>Start from my notes (optional): each becomes a note with one section</legend>
          {notes.map((note) => (
            <label key={note.id} className="check">
              <input
                type="checkbox"
                checked={chosen.includes(note.id)}
                onChange={(e) =>
                  setChosen(
                    e.target.checked ? [...chosen, note.id] : chosen.filter((id) => id !== note.id),
                  )
                }
              />
              {note.title}
            </label>
          ))}
        </fieldset>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary">
          Create stack
        </button>
        <a className="button-link" href={hashHref(routes.mine)}>
          Cancel
        </a>
      </div>
    </form>
  );
}
