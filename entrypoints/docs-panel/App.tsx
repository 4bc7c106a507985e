import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { CodeBlock } from '../../components/CodeBlock';
import { libraryHref, routes } from '../../components/links';
import { MarkdownView } from '../../components/MarkdownView';
import { SectionBlocks } from '../../components/SectionBlocks';
import { ask } from '../../data/messaging/ask';
import {
  MAX_SHOWN,
  PAGE_ITEMS_SHOWN,
  type PageItems,
  type PanelMessage,
  type RelatedItem,
} from '../../data/messaging/messages';
import type { PageContext } from '../../data/docs/docs-page';
import { snippetTitle } from '../../data/search/user-docs';
import type { PanelState } from './state';
import type { Snippet, UserNote } from '../../data/records/model';
import { savedFromVersion } from '../../data/docs/user-items';
import { staleWarning } from '../../data/docs/stale';
import { noteSearchId, snippetSearchId } from '../../data/records/ids';
import type { Section } from '../../data/stacks/content';
import { guardClicks } from './visibility';

const DOCS_ORIGIN = 'https://docs.djangoproject.com';
const libraryUrl = (route: string) => browser.runtime.getURL(libraryHref(route) as '/library.html');

function tellPage(message: PanelMessage) {
  window.parent.postMessage(message, DOCS_ORIGIN);
}

const closePanel = () => tellPage({ devrecall: 'close' });

/** Follows the docs page's theme, which it announces on load and whenever the reader switches. */
function useDocsTheme(initial: string) {
  useEffect(() => {
    const apply = (theme: string) => {
      if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
      else delete document.documentElement.dataset.theme;
    };
    apply(initial);
    const onMessage = (event: MessageEvent<PanelMessage>) => {
      if (event.origin === DOCS_ORIGIN && event.data?.devrecall === 'theme')
        apply(event.data.theme);
    };
    window.addEventListener('message', onMessage);
    tellPage({ devrecall: 'ready' });
    return () => window.removeEventListener('message', onMessage);
  }, [initial]);
}

const FOCUSABLE = 'a[href], button:not([disabled]), input, textarea, select, [tabindex="0"]';

/** Tab and Shift+Tab go round the panel's controls instead of leaving for the docs page. */
function keepTabInside(e: KeyboardEvent) {
  const controls = [...document.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => el.getClientRects().length > 0,
  );
  const first = controls[0];
  const last = controls[controls.length - 1];
  if (!first || !last) return;
  const active = document.activeElement;
  const outside = !active || !controls.includes(active as HTMLElement);
  if (e.shiftKey && (active === first || outside)) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && (active === last || outside)) {
    e.preventDefault();
    first.focus();
  }
}

export function App({ state }: { state?: PanelState }) {
  useDocsTheme(state?.theme ?? 'system');
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const typing = (e.target as Element | null)?.closest?.('input, textarea');
      if (e.key === 'Escape' && !typing) closePanel();
      if (e.key === 'Tab') keepTabInside(e);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const secret = state?.panel;
  const [page, setPage] = useState<PageContext | null>();
  useEffect(() => {
    if (!secret) return;
    let current = true;
    void ask({ type: 'panel:init', panel: secret }).then((answer) => {
      if (current) setPage(answer.ok ? answer.value : null);
    });
    return () => {
      current = false;
    };
  }, [secret]);

  // The background vouches for the page, or the panel shows nothing and does nothing.
  if (!secret || page === null) return <p className="empty">{NOT_HERE}</p>;
  if (!page) return null;
  return <Panel page={page} secret={secret} />;
}

const NOT_HERE = 'This panel opens from the DevRecall launcher on a Django docs page.';
/** How long the notice of an ignored click stays. */
const REFUSED_NOTICE_MS = 5000;

function Panel({ page, secret }: { page: PageContext; secret: string }) {
  const [items, setItems] = useState<PageItems>();
  const [failed, setFailed] = useState<string>();
  const [reads, setReads] = useState(0);
  const [shown, setShown] = useState(PAGE_ITEMS_SHOWN);
  const reread = useCallback(() => setReads((n) => n + 1), []);

  useEffect(() => {
    let current = true;
    void ask({ type: 'page:items', panel: secret, shown }).then((answer) => {
      if (!current) return;
      setFailed(answer.ok ? undefined : answer.error);
      if (answer.ok) setItems(answer.value);
    });
    return () => {
      current = false;
    };
  }, [secret, reads, shown]);

  // Read again whenever the reader comes back: notes may have changed in another tab.
  useEffect(() => {
    const onVisible = () => document.visibilityState === 'visible' && reread();
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('focus', onVisible);
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('focus', onVisible);
    };
  }, [reread]);
  const related = items?.related;
  const notes = items?.notes;
  const snippets = items?.snippets;
  const about = items?.about;
  const more = items
    ? items.notesTotal + items.snippetsTotal - items.notes.length - items.snippets.length
    : 0;

  // Opened from the launcher, the panel has the keyboard: the reader starts at its heading.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    window.focus();
    heading.current?.focus();
  }, []);

  const cardIds = useMemo(
    () => [
      ...(notes ?? []).map((n) => noteSearchId(n.id)),
      ...(snippets ?? []).map((sn) => snippetSearchId(sn.id)),
      ...(about ?? []).map((a) =>
        a.kind === 'note' ? noteSearchId(a.note.id) : snippetSearchId(a.snippet.id),
      ),
      ...(related ?? []).map((r) => r.section.id),
    ],
    [notes, snippets, about, related],
  );
  const practice = usePanelPractice(secret, cardIds);

  const main = useRef<HTMLElement>(null);
  const [refusedAt, setRefusedAt] = useState<number>();
  useEffect(() => {
    if (!main.current) return;
    return guardClicks(main.current, () => setRefusedAt(Date.now()));
  }, []);
  useEffect(() => {
    if (refusedAt === undefined) return;
    const timer = setTimeout(() => setRefusedAt(undefined), REFUSED_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [refusedAt]);

  return (
    <main className="panel" ref={main}>
      {refusedAt !== undefined && (
        <p role="alert" className="error">
          DevRecall ignored that click: the panel had only just appeared, or the docs page was
          hiding or covering it.
        </p>
      )}
      <header className="panel-header">
        <div>
          <p className="section-context">DevRecall · related to</p>
          <h1 ref={heading} tabIndex={-1}>
            {page.title || 'this page'}
          </h1>
        </div>
        <button type="button" className="close" aria-label="Close panel (Esc)" onClick={closePanel}>
          ×
        </button>
      </header>

      <section aria-labelledby="mine-heading">
        <h2 id="mine-heading">Yours for this page</h2>
        {(failed ?? practice.error) && (
          <p role="alert" className="error">
            {failed ?? practice.error}
          </p>
        )}
        {notes && snippets && notes.length + snippets.length === 0 && (
          <p className="empty-inline">
            Nothing saved from this page yet, in any version or language.
          </p>
        )}
        <ul className="mine-list" aria-label="Your notes and snippets for this page">
          {notes?.map((note) => (
            <MineNote key={note.id} note={note} page={page} practice={practice} />
          ))}
          {snippets?.map((snippet) => (
            <MineSnippet key={snippet.id} snippet={snippet} page={page} practice={practice} />
          ))}
        </ul>
        {more > 0 && shown < MAX_SHOWN && (
          <button
            type="button"
            className="show-more"
            onClick={() => setShown((n) => Math.min(n + PAGE_ITEMS_SHOWN, MAX_SHOWN))}
          >
            Show more ({more.toLocaleString('en')} not shown)
          </button>
        )}
        {about && about.length > 0 && (
          <>
            <h3 className="about-heading">About this page’s subject</h3>
            <ul className="mine-list" aria-label="Your notes and snippets about this subject">
              {about.map((item) =>
                item.kind === 'note' ? (
                  <MineNote
                    key={item.note.id}
                    note={item.note}
                    pageUrl={page.url}
                    reason={item.reason}
                    practice={practice}
                  />
                ) : (
                  <MineSnippet
                    key={item.snippet.id}
                    snippet={item.snippet}
                    pageUrl={page.url}
                    reason={item.reason}
                    practice={practice}
                  />
                ),
              )}
            </ul>
          </>
        )}
        <AddNote pageUrl={page.url} secret={secret} onAdded={reread} />
      </section>

      <section aria-labelledby="related-heading" aria-busy={!items && !failed}>
        <h2 id="related-heading">From your stacks</h2>
        {related?.length === 0 && (
          <p className="empty-inline">No note in your stacks covers this page.</p>
        )}
        {related && related.length > 0 && (
          <ul className="related-list" aria-label="Related sections">
            {related.map((item) => (
              <Related key={item.section.id} item={item} practice={practice} />
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}

/** "from 4.2" when an item was saved from another version of the docs. */
function FromVersion({ itemUrl, pageUrl }: { itemUrl: string | undefined; pageUrl: string }) {
  const version = savedFromVersion(itemUrl, pageUrl);
  return version ? (
    <span className="from-version" title={`Saved from the Django ${version} docs`}>
      from {version}
    </span>
  ) : null;
}

interface MineProps {
  pageUrl?: string;
  /** Items saved on this page (any version) get it, for the stale-snippet warning. */
  page?: PageContext;
  reason?: string;
  practice: PanelPractice;
}

/**
 * "Changed in 5.2 — check this part of the page" on an item saved from an older version of the
 * page, where the page marks a change in the item's part since then.
 */
function StaleNotice({
  text,
  itemUrl,
  page,
}: {
  text: string;
  itemUrl?: string;
  page: PageContext;
}) {
  const warning = useMemo(() => {
    const version = savedFromVersion(itemUrl, page.url);
    return page.parts && version ? staleWarning(text, version, page.parts) : undefined;
  }, [text, itemUrl, page]);
  if (!warning) return null;
  const href = new URL(page.url);
  href.hash = warning.part?.anchor ?? '';
  return (
    <p className="stale">
      <span aria-hidden="true">⚠ </span>
      {warning.part ? warning.label : `${warning.label} on this page`} —{' '}
      <a
        href={href.toString()}
        title={warning.part ? `In “${warning.part.title}”` : undefined}
        onClick={(e) => {
          e.preventDefault();
          tellPage({ devrecall: 'show-mark', mark: warning.mark });
        }}
      >
        {warning.part ? 'check this part of the page' : 'check what changed'}
      </a>
    </p>
  );
}

function MineNote({
  note,
  page,
  pageUrl = page?.url ?? '',
  reason,
  practice,
}: MineProps & { note: UserNote }) {
  return (
    <li className="mine-note">
      <div className="item-row">
        <a href={libraryUrl(routes.note(note.id))} target="_blank" rel="noreferrer">
          {note.title}
        </a>
        <span className="kind kind-note">Mine</span>
        <FromVersion itemUrl={note.pageUrl} pageUrl={pageUrl} />
        <span className="item-actions">
          <CopyButton
            text={note.body.trim() ? `${note.title}\n\n${note.body}` : note.title}
            label={`Copy ${note.title}`}
          />
          <PanelPractise id={noteSearchId(note.id)} title={note.title} practice={practice} />
        </span>
      </div>
      {reason && <span className="reason">{reason}</span>}
      {page && (
        <StaleNotice text={`${note.title}\n${note.body}`} itemUrl={note.pageUrl} page={page} />
      )}
      {note.body.trim() && <MarkdownView source={note.body} />}
    </li>
  );
}

function MineSnippet({
  snippet,
  page,
  pageUrl = page?.url ?? '',
  reason,
  practice,
}: MineProps & { snippet: Snippet }) {
  const title = snippetTitle(snippet);
  return (
    <li className="mine-snippet">
      <div className="item-row">
        <a href={libraryUrl(routes.snippet(snippet.id))} target="_blank" rel="noreferrer">
          {title}
        </a>
        <span className="kind">Snippet</span>
        <FromVersion itemUrl={snippet.pageUrl} pageUrl={pageUrl} />
        <span className="item-actions">
          <CopyButton text={snippet.text} label={`Copy ${title}`} />
          <PanelPractise id={snippetSearchId(snippet.id)} title={title} practice={practice} />
        </span>
      </div>
      {reason && <span className="reason">{reason}</span>}
      {page && <StaleNotice text={snippet.text} itemUrl={snippet.pageUrl} page={page} />}
      <CodeBlock code={snippet.text} lang={snippet.language} label="Copy snippet" />
    </li>
  );
}

function Related({ item, practice }: { item: RelatedItem; practice: PanelPractice }) {
  const [open, setOpen] = useState(false);
  const { section } = item;
  const bodyId = `related-${section.id}`;
  return (
    <li className="related-item" data-id={section.id}>
      <div className="item-row">
        <button
          type="button"
          className="related-toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          title={`${section.title} · ${item.context}`}
          onClick={() => setOpen(!open)}
        >
          <span className="chevron" aria-hidden="true" />
          <span className="related-title">{section.title}</span>
          <span className="section-context">{item.context}</span>
        </button>
        <span className="item-actions">
          <CopyButton text={sectionAsText(section)} label={`Copy ${section.title}`} />
          <PanelPractise id={section.id} title={section.title} practice={practice} />
        </span>
      </div>
      {open && (
        <div className="related-body" id={bodyId}>
          <p className="reason">{item.reason}</p>
          <SectionBlocks
            blocks={section.blocks}
            title={section.title}
            markdown={section.source !== 'bundled'}
          />
          <a href={libraryUrl(routes.section(section.id))} target="_blank" rel="noreferrer">
            Open in the library
          </a>
        </div>
      )}
    </li>
  );
}

/** A section as plain text: its title, prose and fenced code, ready to paste into notes. */
function sectionAsText(section: Section): string {
  const blocks = section.blocks.map((block) =>
    block.kind === 'text' ? block.text : `\`\`\`${block.lang}\n${block.code.trimEnd()}\n\`\`\``,
  );
  return [section.title, ...blocks].join('\n\n');
}

function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
    setTimeout(() => setState('idle'), 1500);
  };
  return (
    <button type="button" className="small" aria-label={label} onClick={() => void copy()}>
      {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : 'Copy'}
    </button>
  );
}

interface PanelPractice {
  /** Card ids in practice; undefined until the background has answered. */
  practising: ReadonlySet<string> | undefined;
  set: (id: string, on: boolean) => Promise<void>;
  error?: string;
}

/** Practice state of the panel's items, read and changed through the background. */
function usePanelPractice(secret: string, ids: readonly string[]): PanelPractice {
  const [practising, setPractising] = useState<ReadonlySet<string>>();
  const [error, setError] = useState<string>();
  const key = ids.join('\n');
  useEffect(() => {
    let current = true;
    void ask({ type: 'page:practising', panel: secret, ids: key ? key.split('\n') : [] }).then(
      (answer) => {
        if (!current) return;
        if (answer.ok) setPractising(new Set(answer.value));
        else setError(answer.error);
      },
    );
    return () => {
      current = false;
    };
  }, [secret, key]);
  const set = useCallback(
    async (id: string, on: boolean) => {
      const answer = await ask({ type: 'page:practise', panel: secret, id, on });
      if (!answer.ok) {
        setError(answer.error);
        return;
      }
      setError(undefined);
      setPractising((before) => {
        const next = new Set(before);
        if (answer.value) next.add(id);
        else next.delete(id);
        return next;
      });
    },
    [secret],
  );
  return { practising, set, error };
}

/** How long Undo is offered after stopping practice, as elsewhere in the app. */
const UNDO_MS = 8000;

function PanelPractise({
  id,
  title,
  practice,
}: {
  id: string;
  title: string;
  practice: PanelPractice;
}) {
  const [stopped, setStopped] = useState(false);
  useEffect(() => {
    if (!stopped) return;
    const timer = setTimeout(() => setStopped(false), UNDO_MS);
    return () => clearTimeout(timer);
  }, [stopped]);
  if (!practice.practising) return null;
  if (practice.practising.has(id)) {
    return (
      <button
        type="button"
        className="small"
        aria-pressed="true"
        aria-label={`Stop practising ${title}`}
        onClick={() => void practice.set(id, false).then(() => setStopped(true))}
      >
        ✓ Practising
      </button>
    );
  }
  return (
    <>
      <button
        type="button"
        className="small"
        aria-pressed="false"
        aria-label={`Practise ${title}`}
        onClick={() => void practice.set(id, true).then(() => setStopped(false))}
      >
        Practise
      </button>
      {stopped && (
        <span role="status" className="hint">
          Stopped.{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => void practice.set(id, true).then(() => setStopped(false))}
          >
            Undo
          </button>
        </span>
      )}
    </>
  );
}

interface AddNoteProps {
  pageUrl: string;
  secret: string;
  onAdded: () => void;
}

function AddNote({ pageUrl, secret, onAdded }: AddNoteProps) {
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  // Kept until the note is saved: sent again (by hand or after a stopped background), the same
  // save never makes a second note.
  const [saveId, setSaveId] = useState(() => crypto.randomUUID());

  if (!editing) {
    return (
      <button type="button" className="primary add-note" onClick={() => setEditing(true)}>
        + Add a note for this page
      </button>
    );
  }
  const save = async () => {
    if (saving) return;
    setSaving(true);
    const result = await ask(
      { type: 'page:add-note', panel: secret, title, body, pageUrl, saveId },
      { retries: 2 },
    );
    setSaving(false);
    if (!result.ok) {
      setError(`Not saved. ${result.error}`);
      return;
    }
    setSaveId(crypto.randomUUID());
    setTitle('');
    setBody('');
    setEditing(false);
    setError(undefined);
    onAdded();
  };
  return (
    <form
      className="editor"
      aria-label="Add a note for this page"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          setEditing(false);
        } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          void save();
        }
      }}
    >
      <label>
        Title
        <input value={title} onChange={(e) => setTitle(e.target.value)} autoFocus required />
      </label>
      <label>
        Note <span className="hint">Markdown</span>
        <textarea value={body} onChange={(e) => setBody(e.target.value)} rows={5} />
      </label>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" aria-disabled={saving}>
          {saving ? 'Saving…' : 'Save note'}
        </button>
        <button type="button" onClick={() => setEditing(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
