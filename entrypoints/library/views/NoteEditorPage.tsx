import { lazy, Suspense, useState } from 'react';
import { routes } from '../../../components/links';
import {
  ConflictChooser,
  shownValue,
  type Choices,
  type ShownConflict,
} from '../../../components/ConflictChooser';
import { useLastSeen } from '../../../components/useLastSeen';
import { userMessage } from '../../../data/records/errors';
import { useCatalog, useNote } from '../../../data/records/live';
import type { UserNote } from '../../../data/records/model';
import { DeletedWhileEditingError, EditConflictError } from '../../../data/records/merge';
import { createNote, updateNote, type NoteInput } from '../../../data/records/notes';
import { navigate } from '../router';
import { useToast } from '../toast-store';

const MarkdownView = lazy(() =>
  import('../../../components/MarkdownView').then((m) => ({ default: m.MarkdownView })),
);

interface Props {
  /** Editing an existing note; without it, a new note. */
  id?: string;
  attach?: Pick<NoteInput, 'sectionId' | 'pageUrl' | 'stackId'>;
}

const FIELD_LABELS: Record<string, string> = {
  title: 'Title',
  body: 'Body',
  tags: 'Tags',
  stackId: 'Stack',
  sectionId: 'Section',
  pageUrl: 'Page URL',
};

export function NoteEditorPage({ id, attach }: Props) {
  const live = useNote(id ?? '');
  const opened = useLastSeen(live);
  if (id && live === undefined) return null;
  if (id && !opened) return <p className="empty">This note was deleted.</p>;
  return <NoteEditor key={id} live={live} attach={attach} />;
}

/**
 * `live` is the stored note as it is now (null once deleted elsewhere); the editor keeps the
 * version it opened as the base of a three-way merge, so an edit saved in another tab is never
 * overwritten silently and a deletion elsewhere never loses what was typed here.
 */
function NoteEditor({ live, attach }: { live?: UserNote | null; attach?: Props['attach'] }) {
  const [base, setBase] = useState(live ?? undefined);
  const existing = base;
  const show = useToast((s) => s.show);
  const catalog = useCatalog();
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
  const [conflict, setConflict] = useState<EditConflictError<UserNote>>();
  const [deletedHere, setDeletedHere] = useState(false);
  const deleted = Boolean(existing) && (live === null || deletedHere);
  const changedElsewhere = Boolean(live && base && live.updatedAt !== base.updatedAt);

  const cancel = () => navigate(existing && !deleted ? routes.note(existing.id) : routes.mine);

  const save = async (values = { title, body, tags, stackId, sectionId, pageUrl }, from = base) => {
    setSaving(true);
    setError(undefined);
    const input: NoteInput = { ...values, tags: values.tags.split(',') };
    try {
      const note =
        from && !deleted
          ? await updateNote(from.id, input, Date.now(), from)
          : await createNote(input);
      if (from && !deleted && live && live.updatedAt !== from.updatedAt) {
        show('Saved, merged with the changes made in another tab.');
      }
      navigate(routes.note(note.id));
    } catch (e) {
      setSaving(false);
      if (e instanceof EditConflictError) setConflict(e as EditConflictError<UserNote>);
      else if (e instanceof DeletedWhileEditingError) setDeletedHere(true);
      else setError(userMessage(e));
    }
  };

  const resolve = (choices: Choices) => {
    if (!conflict) return;
    const values = { title, body, tags, stackId, sectionId, pageUrl };
    for (const c of conflict.conflicts) {
      if (choices[c.field] !== 'theirs') continue;
      const field = c.field as keyof typeof values;
      values[field] = shownValue(c.theirs);
    }
    setTitle(values.title);
    setBody(values.body);
    setTags(values.tags);
    setStackId(values.stackId);
    setSectionId(values.sectionId);
    setPageUrl(values.pageUrl);
    setBase(conflict.current);
    setConflict(undefined);
    void save(values, conflict.current);
  };

  const shownConflicts: ShownConflict[] =
    conflict?.conflicts.map((c) => ({
      field: String(c.field),
      label: FIELD_LABELS[String(c.field)] ?? String(c.field),
      mine: shownValue(c.mine),
      theirs: shownValue(c.theirs),
    })) ?? [];

  return (
    <form
      className="editor note-editor"
      aria-label={existing ? 'Edit note' : 'New note'}
      onSubmit={(e) => {
        e.preventDefault();
        if (!conflict) void save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          if (!conflict && !saving) void save();
        } else if (e.key === 'Escape') {
          e.preventDefault();
          cancel();
        }
      }}
    >
      <h1>{existing ? 'Edit note' : 'New note'}</h1>
      {deleted ? (
        <p className="editor-notice" role="alert">
          This note was deleted in another tab. Your text is kept here: save it as a new note, or
          cancel to discard it.
        </p>
      ) : (
        changedElsewhere &&
        !conflict && (
          <p className="editor-notice" role="status">
            This note was changed in another tab. Saving merges your changes with it; where both
            changed the same field you choose.
          </p>
        )
      )}
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
            {catalog.stacks.map((s) => (
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
            {catalog.sections.map((s) => (
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
      {conflict && <ConflictChooser conflicts={shownConflicts} onSave={resolve} />}
      <div className="actions">
        <button type="submit" className="primary" disabled={saving || Boolean(conflict)}>
          {deleted ? 'Save as a new note' : 'Save'} <kbd>Ctrl</kbd>+<kbd>Enter</kbd>
        </button>
        <button type="button" onClick={cancel}>
          Cancel <kbd>Esc</kbd>
        </button>
      </div>
    </form>
  );
}
