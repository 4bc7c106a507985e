import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
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
import {
  deleteDraft,
  draftKey,
  getDraft,
  putDraft,
  saveNoteDraft,
  type DraftFields,
} from '../../../data/records/drafts';
import type { NoteDraft, UserNote } from '../../../data/records/model';
import { RelativeTime } from '../../../components/RelativeTime';
import { DeletedWhileEditingError, EditConflictError } from '../../../data/records/merge';
import type { NoteInput } from '../../../data/records/notes';
import { navigate } from '../router';
import { useToast } from '../toast-store';
import { useDocumentTitle } from '../title';
import { RecordGone } from './NotFound';

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
  const opened = useLastSeen(live, id ?? '');
  const key = draftKey(id, attach);
  useDocumentTitle(id ? opened && `Edit “${opened.title}”` : 'New note');
  const [draft, setDraft] = useState<NoteDraft | null>();
  useEffect(() => {
    let current = true;
    void getDraft(key).then((d) => current && setDraft(d ?? null));
    return () => {
      current = false;
    };
  }, [key]);
  if ((id && live === undefined) || draft === undefined) return null;
  if (id && !opened) return <RecordGone kind="note" deleted={false} />;
  return (
    <NoteEditor key={id} live={live} attach={attach} draftKey={key} draft={draft ?? undefined} />
  );
}

function initialFields(existing?: UserNote, attach?: Props['attach']): DraftFields {
  const sectionId = existing?.sectionId ?? attach?.sectionId ?? '';
  return {
    title: existing?.title ?? '',
    body: existing?.body ?? '',
    tags: existing?.tags.join(', ') ?? '',
    sectionId,
    stackId: existing?.stackId ?? attach?.stackId ?? (sectionId.split('/')[0] || ''),
    pageUrl: existing?.pageUrl ?? attach?.pageUrl ?? '',
  };
}

const FIELDS = ['title', 'body', 'tags', 'stackId', 'sectionId', 'pageUrl'] as const;
const sameFields = (a: DraftFields, b: DraftFields) => FIELDS.every((f) => a[f] === b[f]);

/** Typing is kept this soon after the last key, so closing the tab loses at most a moment. */
const DRAFT_DELAY_MS = 250;

/**
 * `live` is the stored note as it is now (null once deleted elsewhere); the editor keeps the
 * version it opened as the base of a three-way merge, so an edit saved in another tab is never
 * overwritten silently and a deletion elsewhere never loses what was typed here.
 */
function NoteEditor({
  live,
  attach,
  draftKey: key,
  draft,
}: {
  live?: UserNote | null;
  attach?: Props['attach'];
  draftKey: string;
  draft?: NoteDraft;
}) {
  // A restored draft merges against the version it was started from, not the one open now.
  const [base, setBase] = useState(draft?.base ?? live ?? undefined);
  const existing = base;
  const show = useToast((s) => s.show);
  const catalog = useCatalog();
  const [initial] = useState(() => initialFields(live ?? undefined, attach));
  const [fields, setFields] = useState<DraftFields>(() => draft ?? initial);
  const [restoredAt, setRestoredAt] = useState(draft?.updatedAt);
  const { title, body, tags, stackId, sectionId, pageUrl } = fields;
  const set = (change: Partial<DraftFields>) => setFields((f) => ({ ...f, ...change }));
  const dirty = !sameFields(fields, initial);
  const [preview, setPreview] = useState(false);
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<EditConflictError<UserNote>>();
  const [deletedHere, setDeletedHere] = useState(false);
  const deleted = Boolean(existing) && (live === null || deletedHere);
  const changedElsewhere = Boolean(live && base && live.updatedAt !== base.updatedAt);

  // The draft on disk follows the form; `pending` is what has not reached it yet.
  const pending = useRef<DraftFields | null>(null);
  const finished = useRef(false);
  const flush = useCallback(() => {
    const fields = pending.current;
    pending.current = null;
    if (!fields || finished.current) return Promise.resolve();
    return sameFields(fields, initial) ? deleteDraft(key) : putDraft(key, fields, base);
  }, [initial, key, base]);

  useEffect(() => {
    pending.current = fields;
    const timer = setTimeout(() => void flush(), DRAFT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [fields, flush]);

  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      void flush();
    };
  }, [flush]);

  /** Leaving never discards: unsaved changes stay as a draft, offered again next time. */
  const leave = async () => {
    pending.current = fields;
    await flush();
    finished.current = true;
    navigate(existing && !deleted ? routes.note(existing.id) : routes.mine);
    if (dirty) {
      show(
        'Your changes are kept as a draft: open the editor again to finish them.',
        () => deleteDraft(key),
        'Discard draft',
      );
    }
  };

  const discard = async () => {
    const before = fields;
    finished.current = true;
    pending.current = null;
    await deleteDraft(key);
    finished.current = false;
    setFields(initial);
    setBase(live ?? undefined);
    setRestoredAt(undefined);
    show('Changes discarded.', () => setFields(before));
  };

  const save = async (values = fields, from = base) => {
    setSaving(true);
    setError(undefined);
    finished.current = true;
    try {
      const note = await saveNoteDraft(key, values, from && !deleted ? from : undefined);
      if (from && !deleted && live && live.updatedAt !== from.updatedAt) {
        show('Saved, merged with the changes made in another tab.');
      }
      navigate(routes.note(note.id));
    } catch (e) {
      finished.current = false;
      setSaving(false);
      if (e instanceof EditConflictError) setConflict(e as EditConflictError<UserNote>);
      else if (e instanceof DeletedWhileEditingError) setDeletedHere(true);
      else setError(userMessage(e));
    }
  };

  const resolve = (choices: Choices) => {
    if (!conflict) return;
    const values = { ...fields };
    for (const c of conflict.conflicts) {
      if (choices[c.field] !== 'theirs') continue;
      const field = c.field as keyof typeof values;
      values[field] = shownValue(c.theirs);
    }
    setFields(values);
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
        } else if (e.key === 'Escape' && !e.defaultPrevented) {
          // Esc on a dropdown belongs to the dropdown, not to the editor.
          if (e.target instanceof HTMLSelectElement) return;
          e.preventDefault();
          void leave();
        }
      }}
    >
      <h1>{existing ? 'Edit note' : 'New note'}</h1>
      {restoredAt !== undefined && (
        <p className="editor-notice" role="status">
          Restored your unsaved changes from <RelativeTime time={restoredAt} />.{' '}
          <button type="button" className="link-button" onClick={() => void discard()}>
            Discard them
          </button>
        </p>
      )}
      {deleted ? (
        <p className="editor-notice" role="alert">
          This note was deleted in another tab. Your text is kept here: save it as a new note, or
          discard it.
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
        <input value={title} onChange={(e) => set({ title: e.target.value })} autoFocus required />
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
            <textarea value={body} onChange={(e) => set({ body: e.target.value })} rows={14} />
          </label>
        )}
      </div>
      <label>
        Tags <span className="hint">comma-separated</span>
        <input
          value={tags}
          onChange={(e) => set({ tags: e.target.value })}
          placeholder="orm, performance"
        />
      </label>
      <fieldset>
        <legend>Attach to (optional)</legend>
        <label>
          Stack
          <select value={stackId} onChange={(e) => set({ stackId: e.target.value })}>
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
              const sectionId = e.target.value;
              set(
                sectionId ? { sectionId, stackId: sectionId.split('/')[0] ?? '' } : { sectionId },
              );
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
            type="text"
            inputMode="url"
            value={pageUrl}
            onChange={(e) => set({ pageUrl: e.target.value })}
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
        <button type="button" onClick={() => void leave()}>
          Close <kbd>Esc</kbd>
        </button>
        {dirty && (
          <button type="button" onClick={() => void discard()}>
            Discard changes
          </button>
        )}
        <span className="hint" aria-live="polite">
          {dirty ? 'Unsaved changes are kept as a draft.' : ''}
        </span>
      </div>
    </form>
  );
}
