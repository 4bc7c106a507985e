import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { CodeBlock } from '../../components/CodeBlock';
import { libraryHref, routes } from '../../components/links';
import { MarkdownView } from '../../components/MarkdownView';
import { SectionBlocks } from '../../components/SectionBlocks';
import { ask } from '../../data/messaging/ask';
import type { PageItems, PanelMessage, RelatedItem } from '../../data/messaging/messages';
import type { PageContext } from '../../data/docs/docs-page';
import { snippetTitle } from '../../data/search/user-docs';
import type { PanelState } from './state';
import type { Snippet, UserNote } from '../../data/records/model';
import { savedFromVersion } from '../../data/docs/user-items';

const DOCS_ORIGIN = 'https://docs.djangoproject.com';
const libraryUrl = (route: string) => browser.runtime.getURL(libraryHref(route) as '/library.html');

function closePanel() {
  const message: PanelMessage = { devrecall: 'close' };
  window.parent.postMessage(message, DOCS_ORIGIN);
}

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
    return () => window.removeEventListener('message', onMessage);
  }, [initial]);
}

export function App({ state }: { state?: PanelState }) {
  useDocsTheme(state?.theme ?? 'system');
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const typing = (e.target as Element | null)?.closest?.('input, textarea');
      if (e.key === 'Escape' && !typing) closePanel();
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

function Panel({ page, secret }: { page: PageContext; secret: string }) {
  const [items, setItems] = useState<PageItems>();
  const [failed, setFailed] = useState<string>();
  const [reads, setReads] = useState(0);
  const reread = useCallback(() => setReads((n) => n + 1), []);

  useEffect(() => {
    let current = true;
    void ask({ type: 'page:items', panel: secret }).then((answer) => {
      if (!current) return;
      setFailed(answer.ok ? undefined : answer.error);
      if (answer.ok) setItems(answer.value);
    });
    return () => {
      current = false;
    };
  }, [secret, reads]);

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

  return (
    <main className="panel">
      <header className="panel-header">
        <div>
          <p className="section-context">DevRecall · related to</p>
          <h1>{page.title || 'this page'}</h1>
        </div>
        <button type="button" className="close" aria-label="Close panel (Esc)" onClick={closePanel}>
          ×
        </button>
      </header>

      <section aria-labelledby="related-heading" aria-busy={!items && !failed}>
        <h2 id="related-heading">From your stacks</h2>
        {related?.length === 0 && (
          <p className="empty-inline">No note in your stacks covers this page.</p>
        )}
        {related && related.length > 0 && (
          <ul className="related-list" aria-label="Related sections">
            {related.map((item, i) => (
              <Related key={item.section.id} item={item} initiallyOpen={i === 0} />
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="mine-heading">
        <h2 id="mine-heading">Yours for this page</h2>
        {failed && (
          <p role="alert" className="error">
            {failed}
          </p>
        )}
        {notes && snippets && notes.length + snippets.length === 0 && (
          <p className="empty-inline">
            Nothing saved from this page yet, in any version or language.
          </p>
        )}
        <ul className="mine-list" aria-label="Your notes and snippets for this page">
          {notes?.map((note) => (
            <MineNote key={note.id} note={note} pageUrl={page.url} />
          ))}
          {snippets?.map((snippet) => (
            <MineSnippet key={snippet.id} snippet={snippet} pageUrl={page.url} />
          ))}
        </ul>
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
                  />
                ) : (
                  <MineSnippet
                    key={item.snippet.id}
                    snippet={item.snippet}
                    pageUrl={page.url}
                    reason={item.reason}
                  />
                ),
              )}
            </ul>
          </>
        )}
        <AddNote pageUrl={page.url} secret={secret} onAdded={reread} />
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

function MineNote({ note, pageUrl, reason }: { note: UserNote; pageUrl: string; reason?: string }) {
  return (
    <li className="mine-note">
      <a href={libraryUrl(routes.note(note.id))} target="_blank" rel="noreferrer">
        {note.title}
      </a>
      <span className="kind kind-note">My note</span>
      <FromVersion itemUrl={note.pageUrl} pageUrl={pageUrl} />
      {reason && <span className="reason">{reason}</span>}
      {note.body.trim() && <MarkdownView source={note.body} />}
    </li>
  );
}

function MineSnippet({
  snippet,
  pageUrl,
  reason,
}: {
  snippet: Snippet;
  pageUrl: string;
  reason?: string;
}) {
  return (
    <li className="mine-snippet">
      <a href={libraryUrl(routes.snippet(snippet.id))} target="_blank" rel="noreferrer">
        {snippetTitle(snippet)}
      </a>
      <span className="kind">Snippet</span>
      <FromVersion itemUrl={snippet.pageUrl} pageUrl={pageUrl} />
      {reason && <span className="reason">{reason}</span>}
      <CodeBlock code={snippet.text} lang={snippet.language} label="Copy snippet" />
    </li>
  );
}

function Related({ item, initiallyOpen }: { item: RelatedItem; initiallyOpen: boolean }) {
  const [open, setOpen] = useState(initiallyOpen);
  const { section } = item;
  return (
    <li className="related-item" data-id={section.id}>
      <button
        type="button"
        className="related-toggle"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        <span className="related-title">{section.title}</span>
        <span className="section-context">{item.context}</span>
        <span className="reason">{item.reason}</span>
      </button>
      {open && (
        <div className="related-body">
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

  if (!editing) {
    return (
      <button type="button" className="primary add-note" onClick={() => setEditing(true)}>
        + Add a note for this page
      </button>
    );
  }
  const save = async () => {
    const result = await ask({ type: 'page:add-note', panel: secret, title, body, pageUrl });
    if (!result.ok) {
      setError(result.error);
      return;
    }
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
        <button type="submit" className="primary">
          Save note
        </button>
        <button type="button" onClick={() => setEditing(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
