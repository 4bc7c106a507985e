import { lazy, Suspense, useState } from 'react';
import { hashHref, routes } from '../../../components/links';
import { userMessage } from '../../../data/records/errors';
import { useCatalog, useSavedStacks, useStoredStack } from '../../../data/records/live';
import type { StoredStack } from '../../../data/records/model';
import { bundledPacks } from '../../../data/stacks/bundled';
import { checkPack, type PackSection, type StackPack } from '../../../data/stacks/pack';
import { packFileName, packText } from '../../../data/stacks/pack-format';
import { shareText } from '../../../data/stacks/share';
import {
  sectionFromInput,
  sectionInput,
  type SectionInput,
} from '../../../data/stacks/section-input';
import {
  newPartId,
  packIds,
  removeOwnPart,
  removeStack,
  restoreOwnPart,
  restoreStack,
  saveOwnSection,
  saveOwnStack,
} from '../../../data/stacks/store';
import { download } from '../download';
import { navigate } from '../router';
import { SaveStackButton } from '../SaveStackButton';
import { useToast } from '../toast-store';
import { useDocumentTitle } from '../title';
import { NotFound } from './NotFound';

const MarkdownView = lazy(() =>
  import('../../../components/MarkdownView').then((m) => ({ default: m.MarkdownView })),
);

export function StackPage({ stackId }: { stackId: string }) {
  const { findStack, complete } = useCatalog();
  const stack = findStack(stackId);
  const stored = useStoredStack(stackId);
  const saved = useSavedStacks();
  useDocumentTitle(stack?.title);
  if (!stack) {
    return complete ? (
      <NotFound title="No such stack">There is no stack called “{stackId}”.</NotFound>
    ) : null;
  }
  const pack = stored?.pack ?? bundledPacks.find((p) => p.id === stackId);
  return (
    <>
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <a href={hashHref(routes.browse)}>All topics</a> › <span>{stack.topic}</span> ›{' '}
        <span>{stack.title}</span>
      </nav>
      <div className="page-head">
        <h1>{stack.title}</h1>
        <SaveStackButton stackId={stack.id} saved={saved?.some((s) => s.stackId === stack.id)} />
      </div>
      <p>{stack.description}</p>
      <p className="muted">
        {stack.source === 'own' ? 'Your stack' : `By ${stack.author}`} · version {stack.version} ·{' '}
        {stack.licence}
        {stored?.origin && ` · from ${stored.origin}`}
      </p>
      {pack && <StackActions pack={pack} stored={stored ?? undefined} />}
      {stored?.source === 'own' ? (
        <OwnStackEditor pack={stored.pack} />
      ) : (
        stack.notes.map((note) => (
          <section key={note.id} className="note-card" aria-labelledby={`note-${note.id}`}>
            <h2 id={`note-${note.id}`}>{note.title}</h2>
            <p className="muted">{note.summary}</p>
            <ol className="section-links">
              {note.sections.map((section) => (
                <li key={section.id}>
                  <a href={hashHref(routes.section(section.id))}>{section.title}</a>
                </li>
              ))}
            </ol>
          </section>
        ))
      )}
    </>
  );
}

function StackActions({ pack, stored }: { pack: StackPack; stored?: StoredStack }) {
  const show = useToast((s) => s.show);
  const exportPack = () => {
    // A stack still being written may not be a valid pack yet: say why rather than share a broken file.
    const result = checkPack(packText(pack), bundledPacks);
    if (!result.ok) {
      show(`Not exported: ${result.reason}`);
      return;
    }
    download(packFileName(pack), packText(pack), 'application/json');
  };
  const copyShare = async () => {
    try {
      await navigator.clipboard.writeText(shareText(pack));
      show('Share text copied.');
    } catch (e) {
      show(`Could not copy: ${userMessage(e)}`);
    }
  };
  const remove = async () => {
    if (!stored) return;
    const removed = await removeStack(stored.id);
    navigate(routes.mine);
    if (removed) {
      show(
        stored.source === 'own' ? `Deleted “${pack.title}”.` : `Uninstalled “${pack.title}”.`,
        () => restoreStack(removed),
      );
    }
  };
  return (
    <div className="actions">
      <button type="button" onClick={exportPack}>
        Export stack
      </button>
      <button type="button" onClick={() => void copyShare()}>
        Copy share text
      </button>
      {stored && (
        <button type="button" className="danger" onClick={() => void remove()}>
          {stored.source === 'own' ? 'Delete stack' : 'Uninstall'}
        </button>
      )}
    </div>
  );
}

type Move = -1 | 1;

function moved<T>(items: readonly T[], index: number, by: Move): T[] {
  const next = [...items];
  const [item] = next.splice(index, 1);
  if (item !== undefined) next.splice(index + by, 0, item);
  return next;
}

/** Notes and sections of the user's own stack: add, write in Markdown, edit, reorder, remove. */
function OwnStackEditor({ pack }: { pack: StackPack }) {
  const show = useToast((s) => s.show);
  const [noteTitle, setNoteTitle] = useState('');
  const [editing, setEditing] = useState<string>();
  const save = async (next: StackPack) => {
    try {
      await saveOwnStack(next);
    } catch (e) {
      show(userMessage(e));
    }
  };
  const setNotes = (notes: StackPack['notes']) => save({ ...pack, notes });
  const setSections = (noteId: string, change: (sections: PackSection[]) => PackSection[]) =>
    setNotes(pack.notes.map((x) => (x.id === noteId ? { ...x, sections: change(x.sections) } : x)));

  const addNote = () => {
    const title = noteTitle.trim();
    if (!title) return;
    const id = newPartId(pack.id, title, packIds(pack));
    void setNotes([...pack.notes, { id, title, summary: '', sections: [] }]);
    setNoteTitle('');
  };
  const remove = async (id: string, title: string) => {
    try {
      const removed = await removeOwnPart(pack.id, id);
      if (!removed) return;
      show(`Removed “${title}”.`, async () => {
        try {
          await restoreOwnPart(removed);
        } catch (e) {
          show(userMessage(e));
        }
      });
    } catch (e) {
      show(userMessage(e));
    }
  };

  return (
    <>
      {pack.notes.length === 0 && (
        <p className="empty-inline">This stack has no notes yet. Add one below.</p>
      )}
      {pack.notes.map((note, n) => (
        <section key={note.id} className="note-card" aria-label={`Note ${note.title}`}>
          <div className="page-head">
            <h2>{note.title}</h2>
            <div className="actions">
              <button
                type="button"
                aria-label={`Move ${note.title} up`}
                disabled={n === 0}
                onClick={() => void setNotes(moved(pack.notes, n, -1))}
              >
                ↑
              </button>
              <button
                type="button"
                aria-label={`Move ${note.title} down`}
                disabled={n === pack.notes.length - 1}
                onClick={() => void setNotes(moved(pack.notes, n, 1))}
              >
                ↓
              </button>
              <button
                type="button"
                aria-label={`Remove note ${note.title}`}
                onClick={() => void remove(note.id, note.title)}
              >
                Remove
              </button>
            </div>
          </div>
          {note.sections.length === 0 && (
            <p className="empty-inline">No sections yet. Add one below.</p>
          )}
          <ol className="section-links">
            {note.sections.map((section, i) =>
              editing === section.id ? (
                <li key={section.id}>
                  <SectionForm
                    label={`Edit section ${section.title}`}
                    initial={section}
                    submit="Save section"
                    onCancel={() => setEditing(undefined)}
                    onSubmit={async (fields) => {
                      const result = sectionFromInput(fields, section);
                      if (!result.ok) return result.error;
                      try {
                        await saveOwnSection(pack.id, result.section);
                      } catch (e) {
                        return userMessage(e);
                      }
                      setEditing(undefined);
                      return undefined;
                    }}
                  />
                </li>
              ) : (
                <li key={section.id}>
                  <a href={hashHref(routes.section(section.id))}>{section.title}</a>{' '}
                  <button
                    type="button"
                    aria-label={`Move ${section.title} up`}
                    disabled={i === 0}
                    onClick={() => void setSections(note.id, (all) => moved(all, i, -1))}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    aria-label={`Move ${section.title} down`}
                    disabled={i === note.sections.length - 1}
                    onClick={() => void setSections(note.id, (all) => moved(all, i, 1))}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    aria-label={`Edit section ${section.title}`}
                    onClick={() => setEditing(section.id)}
                  >
                    Edit
                  </button>
                  <button
                    type="button"
                    aria-label={`Remove section ${section.title}`}
                    onClick={() => void remove(section.id, section.title)}
                  >
                    Remove
                  </button>
                </li>
              ),
            )}
          </ol>
          <SectionForm
            label={`Add a section to ${note.title}`}
            submit="Add section"
            onSubmit={async (fields) => {
              const id = newPartId(pack.id, fields.title, packIds(pack));
              const result = sectionFromInput(fields, { id });
              if (!result.ok) return result.error;
              await setSections(note.id, (all) => [...all, result.section]);
              return undefined;
            }}
          />
        </section>
      ))}
      <form
        className="inline-form"
        aria-label="Add a note"
        onSubmit={(e) => {
          e.preventDefault();
          addNote();
        }}
      >
        <label>
          New note title
          <input value={noteTitle} onChange={(e) => setNoteTitle(e.target.value)} maxLength={200} />
        </label>
        <button type="submit" disabled={!noteTitle.trim()}>
          Add note
        </button>
      </form>
    </>
  );
}

interface SectionFormProps {
  label: string;
  submit: string;
  /** The section being edited; none for a new one. */
  initial?: PackSection;
  /** Resolves to why the fields were not saved, or undefined once they were. */
  onSubmit: (fields: SectionInput) => Promise<string | undefined>;
  onCancel?: () => void;
}

/**
 * A section's title, Markdown body (with the same Write/Preview as the note editor), keywords and
 * the docs pages it annotates. Ctrl/Cmd+Enter saves, Esc cancels an edit.
 */
function SectionForm({ label, submit, initial, onSubmit, onCancel }: SectionFormProps) {
  const [fields, setFields] = useState(() => sectionInput(initial));
  const [preview, setPreview] = useState(false);
  const [error, setError] = useState<string>();
  const set = (field: keyof SectionInput) => (e: { target: { value: string } }) =>
    setFields((f) => ({ ...f, [field]: e.target.value }));
  const save = async () => {
    if (!fields.title.trim()) return;
    const problem = await onSubmit(fields);
    setError(problem);
    if (problem || initial) return;
    setFields(sectionInput());
    setPreview(false);
  };
  return (
    <form
      className="editor section-form"
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && onCancel) {
          e.stopPropagation();
          onCancel();
        } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          void save();
        }
      }}
    >
      <label>
        Section title
        <input
          value={fields.title}
          onChange={set('title')}
          maxLength={200}
          autoFocus={Boolean(initial)}
        />
      </label>
      <div className="body-field">
        <div className="body-tabs" role="tablist" aria-label="Section body">
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
        </div>
        {preview ? (
          <div className="preview" role="tabpanel" aria-label="Preview">
            <Suspense fallback={null}>
              <MarkdownView source={fields.markdown || '_Nothing to preview._'} images={false} />
            </Suspense>
          </div>
        ) : (
          <label className="sr-only-label">
            <span className="sr-only">Section Markdown</span>
            <textarea value={fields.markdown} onChange={set('markdown')} rows={6} />
          </label>
        )}
      </div>
      <label>
        Keywords <span className="hint">comma-separated, optional</span>
        <input value={fields.keywords} onChange={set('keywords')} />
      </label>
      <label>
        Docs pages it annotates <span className="hint">one https address per line, optional</span>
        <textarea value={fields.pages} onChange={set('pages')} rows={2} />
      </label>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={!fields.title.trim()}>
          {submit}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
