import { lazy, Suspense, useState } from 'react';
import { routes } from '../../../components/links';
import { bundledSections, bundledStacks } from '../../../data/stacks/bundled';
import { userMessage } from '../../../data/records/errors';
import { useNote } from '../../../data/records/live';
import type { UserNote } from '../../../data/records/model';
import { createNote, updateNote, type NoteInput } from '../../../data/records/notes';
import { navigate } from '../router';

const MarkdownView = lazy(() =>
  import('../../../components/MarkdownView').then((m) => ({ default: m.MarkdownView })),
);

interface Props {
  /** Editing an existing note; without it, a new note. */
  id?: string;
  attach?: Pick<NoteInput, 'sectionId' | 'pageUrl' | 'stackId'>;
}

export function NoteEditorPage({ id, attach }: Props) {
  const existing = useNote(id ?? '');
  if (id && existing === undefined) return null;
  if (id && existing === null) return <p className="empty">This note was deleted.</p>;
  return <NoteEditor existing={existing ?? undefined} attach={attach} />;
}

function NoteEditor({ existing, attach }: { existing?: UserNote; attach?: Props['attach'] }) {
  const [title, setTitle] = useState(existing?.title ?? '');
  const [body, setBody] = useState(existing?.body ?? '');
  const [tags, setTags] = useState(existing?.tags.join(', ') ?? '');
  const [sectionId, setSectionId] = useState(existing?.sectionId ?? attach?.sectionId ?? '');
  const [stackId, setStackId] = useState(
    existing?.stackId ?? attach?.stackId ?? (sectionId ? sectionId.split('/')[0] : '') ?? '',
  );
  const [pageUrl, setPageUrl] = useState(existing?.pageUrl ?? attach?.pageUrl ?? '');
  const [preview, setPreview] = useState(false);
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);

  const cancel = () => navigate(existing ? routes.note(existing.id) : routes.mine);

  const save = async () => {
    setSaving(true);
    setError(undefined);
    const input: NoteInput = { title, body, tags: tags.split(','), stackId, sectionId, pageUrl };
    try {
      const note = existing ? await updateNote(existing.id, input) : await createNote(input);
      navigate(routes.note(note.id));
    } catch (e) {
      setError(userMessage(e));
      setSaving(false);
    }
  };

  return (
    <form
      className="editor note-editor"
      aria-label={existing ? 'Edit note' : 'New note'}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          void save();
        } else if (e.key === 'Escape') {
          e.preventDefault();
          cancel();
        }
      }}
    >
      <h1>{existing ? 'Edit note' : 'New note'}</h1>
      <label>
        Title
        <input value={title} onChange={(e) => setTitle(e.target.value)} autoFocus required />
      </label>
      <div className="body-field">
        <div className="body-tabs" role="tablist" aria-label="Body">
          <button
            type="button"
            role="tab"
            aria-selected={!preview}
            onClick={() => setPreview(false)}
          >
            Write
          </button>
          <button type="button" role="tab" aria-selected={preview} onClick={() => setPreview(true)}>
            Preview
          </button>
          <span className="hint">Markdown: **bold**, `code`, ```python fences</span>
        </div>
        {preview ? (
          <div className="preview" role="tabpanel" aria-label="Preview">
            <Suspense fallback={null}>
              <MarkdownView source={body || '_Nothing to preview._'} />
            </Suspense>
          </div>
        ) : (
          <label className="sr-only-label">
            <span className="sr-only">Body</span>
            <textarea value={body} onChange={(e) => setBody(e.target.value)} rows={14} />
          </label>
        )}
      </div>
      <label>
        Tags <span className="hint">comma-separated</span>
        <input
          value={tags}
          onChange={(e) => setTags(e.target.value)}
          placeholder="orm, performance"
        />
      </label>
      <fieldset>
        <legend>Attach to (optional)</legend>
        <label>
          Stack
          <select value={stackId} onChange={(e) => setStackId(e.target.value)}>
            <option value="">None</option>
            {bundledStacks.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          Section
          <select
            value={sectionId}
            onChange={(e) => {
              setSectionId(e.target.value);
              if (e.target.value) setStackId(e.target.value.split('/')[0] ?? '');
            }}
          >
            <option value="">None</option>
            {bundledSections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          Page URL
          <input
            type="url"
            value={pageUrl}
            onChange={(e) => setPageUrl(e.target.value)}
            placeholder="https://docs.djangoproject.com/…"
          />
        </label>
      </fieldset>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={saving}>
          Save <kbd>Ctrl</kbd>+<kbd>Enter</kbd>
        </button>
        <button type="button" onClick={cancel}>
          Cancel <kbd>Esc</kbd>
        </button>
      </div>
    </form>
  );
}
