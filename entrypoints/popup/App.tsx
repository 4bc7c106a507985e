import {
  lazy,
  Suspense,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { browser } from 'wxt/browser';
import { BrowseList, browseOrder } from '../../components/BrowseList';
import { libraryHref, routes } from '../../components/links';
import { ResultList } from '../../components/ResultList';
import { SearchBox } from '../../components/SearchBox';
import { useCatalog, useDueCards, useLibrarySearch, useSettings } from '../../data/records/live';
import { rememberOpened, useRecent } from '../../data/records/recent';
import type { Section } from '../../data/stacks/content';
import { useDocsSearch } from '../../components/useDocsSearch';
import { useAnswerLine } from '../../components/useAnswerLine';
import { useTheme } from '../../components/useTheme';
import { docsSearchUrl, docsUrlAt, PINNED_DJANGO_VERSION } from '../../data/docs-index/docs';
import { mergeHits } from '../../data/search/combined';
import type { SearchHit } from '../../data/search/types';
import type { HeldKeys } from './held-keys';
import { StartRows, startRows, type StartRow } from './StartRows';
import { useStartBox } from './start-box';
import { usePopupStore } from './store';

// Opening an item pulls in the highlighter, sanitiser and Markdown renderer: keep them off the
// popup's first paint.
const ItemDetail = lazy(() => import('../../components/ItemDetail'));

/** Results shown for a query. */
const LIMIT = 30;

/** Opens a page in a new tab and closes the popup, as following any link from it does. */
function openTab(url: string) {
  void browser.tabs.create({ url });
  window.close();
}

/** Links into the library open in a tab of their own rather than replacing the popup. */
function openLibraryLinks(event: MouseEvent) {
  const anchor = (event.target as Element).closest('a');
  const href = anchor?.getAttribute('href');
  if (!href?.startsWith('/library.html')) return;
  event.preventDefault();
  void browser.tabs.create({ url: browser.runtime.getURL(href as '/library.html') });
  window.close();
}

interface Props {
  /** popup.html's search box, drawn before the scripts ran: what was typed in it is kept. */
  startBox?: HTMLInputElement;
  /** Keys pressed in that box before the popup rendered: acted on as it first renders. */
  held?: HeldKeys;
}

export function App({ startBox, held }: Props) {
  useTheme();
  const { query, selected, view, setQuery, select, open, back } = usePopupStore();
  const input = useRef<HTMLInputElement>(null);
  useStartBox(startBox, query, setQuery);
  const itemView = useRef<HTMLElement | null>(null);
  // An opened result lands on the line that answers the query.
  useAnswerLine(
    itemView,
    view.kind === 'item' ? query : undefined,
    view.kind === 'item' ? view.id : '',
  );
  const docs = useDocsSearch(query, LIMIT);
  // Once the docs index answers, the results shown are for the newest query it has answered: the
  // box shows each key at once, and its results follow with the docs' hits a few ms later. A
  // cleared box browses at once: there is nothing to wait for.
  const shown = query.trim() === '' ? query : (docs.answer?.query ?? query);
  const { hits: own, searchNow } = useLibrarySearch(shown, query);
  const version = useSettings()?.docsVersion ?? PINNED_DJANGO_VERSION;
  const due = useDueCards();
  const catalog = useCatalog();
  const browsing = shown.trim() === '';
  const recent = useRecent();
  // Before browsing: where the user left off, and what is due.
  const start = browsing ? startRows(recent ?? [], due ?? []) : [];
  const docsHits = docs.answer?.hits;
  const hits = useMemo(
    () => (docsHits && !browsing ? mergeHits(own, docsHits, LIMIT) : own),
    [own, docsHits, browsing],
  );
  // Every query ends in the docs' own search, so no query is a dead end.
  const rowIds = browsing
    ? [...start.map((_, i) => `start-${i}`), ...browseOrder(catalog).map((s) => s.id)]
    : [...hits.map((h) => h.doc.id), 'docs-search'];
  const current: SearchHit | undefined = browsing ? undefined : hits[selected];
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 1500);
    return () => clearTimeout(timer);
  }, [copied]);

  const searchDocs = () => openTab(docsSearchUrl(query, version));
  /** Opens a result or recent item, remembered first: a tab opening closes the popup. */
  const openRemembered = (doc: Parameters<typeof rememberOpened>[0]) => {
    const remembered = rememberOpened(doc).catch((error: unknown) => console.warn(error));
    if (doc.url) {
      const url = docsUrlAt(doc.url, version);
      void remembered.then(() => openTab(url));
    } else open(doc.id);
  };
  const activate = (hit: SearchHit) => openRemembered(hit.doc);
  const openSection = (section: Section) =>
    openRemembered({
      id: section.id,
      kind: 'section',
      title: section.title,
      context: catalog.sectionContext(section),
    });
  const openStart = (row: StartRow) => {
    if (row.kind === 'recent') openRemembered(row.item);
    else if (row.kind === 'due') open(row.id);
    else openTab(browser.runtime.getURL(libraryHref(routes.review) as '/library.html'));
  };
  const copyLink = (hit: SearchHit) => {
    if (!hit.doc.url) return;
    void navigator.clipboard.writeText(docsUrlAt(hit.doc.url, version)).then(() => setCopied(true));
  };

  /** Enter on the row at `index`; with Shift, a docs result's link is copied instead. */
  const pressEnter = (index: number, shiftKey: boolean) => {
    if (query.trim() === '') {
      const row = start[index];
      const section = browseOrder(catalog)[index - start.length];
      if (row) openStart(row);
      else if (section) openSection(section);
      return;
    }
    // Pressed before the results for what was typed are shown: they are worked out now.
    const typed =
      shown === query
        ? Promise.resolve(hits)
        : docs.searchNow(query).then((docsHits) => mergeHits(searchNow(query), docsHits, LIMIT));
    void typed.then((list) => {
      const hit = list[index];
      if (hit && shiftKey) copyLink(hit);
      else if (hit) activate(hit);
      else if (!shiftKey) searchDocs();
    });
  };

  // The row selected before the popup rendered, found among its own; Enter pressed then is acted
  // on as the user saw it: on that row, or on the first when none was shown yet.
  const heldDone = useRef(false);
  useEffect(() => {
    if (heldDone.current || !held) return;
    heldDone.current = true;
    const at = held.selectedId ? hits.findIndex((hit) => hit.doc.id === held.selectedId) : 0;
    if (at > 0) select(at);
    // A selected row the popup does not list (yet): the user presses Enter again on what is shown.
    if (held.enter && at >= 0) pressEnter(at, held.enter.shift);
  });

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = rowIds.length - 1;
    switch (event.key) {
      case 'ArrowDown':
        select(selected >= last ? 0 : selected + 1);
        break;
      case 'ArrowUp':
        select(selected <= 0 ? last : selected - 1);
        break;
      case 'Enter':
        pressEnter(selected, event.shiftKey);
        break;
      case 'Escape':
        // Esc clears a query first; on an empty box it lets the popup close as usual.
        if (query === '') return;
        setQuery('');
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  if (view.kind === 'item') {
    const goBack = () => {
      back();
      requestAnimationFrame(() => input.current?.focus());
    };
    return (
      <main
        className="popup popup-section"
        onClick={openLibraryLinks}
        onKeyDown={(e) => {
          const typing = (e.target as Element).closest('input, textarea, select');
          if (e.key === 'Escape' || (e.key === 'Backspace' && !typing)) {
            e.preventDefault();
            goBack();
          }
        }}
        tabIndex={-1}
        ref={(el) => {
          itemView.current = el;
          el?.focus();
        }}
      >
        <nav className="toolbar">
          <button type="button" className="back-button" onClick={goBack}>
            ← Back <kbd>Esc</kbd>
          </button>
        </nav>
        <Suspense fallback={<p className="empty">Loading…</p>}>
          <ItemDetail id={view.id} link={libraryHref} />
        </Suspense>
      </main>
    );
  }

  return (
    <main className="popup" onClick={openLibraryLinks}>
      <SearchBox
        ref={input}
        value={query}
        onChange={setQuery}
        onKeyDown={onKeyDown}
        activeDescendant={rowIds.length ? `result-${selected}` : undefined}
        expanded
        status={
          browsing || hits.length === 0
            ? ''
            : hits.length === 1
              ? '1 result'
              : `${hits.length} results`
        }
      />
      {browsing ? (
        <BrowseList
          catalog={catalog}
          selected={selected}
          onSelect={select}
          onOpen={openSection}
          lead={{
            rows: start.length,
            content: (
              <StartRows rows={start} selected={selected} onSelect={select} onOpen={openStart} />
            ),
          }}
        />
      ) : (
        <>
          {hits.length === 0 && (
            <div className="empty" role="status">
              <p>
                No matches for <strong>{shown}</strong> in your notes
                {docs.ready ? ' or the docs index' : ''}.
              </p>
              <p>
                Try fewer letters, a code identifier such as <code>select_related</code>, or the
                Django docs&rsquo; own search below.
              </p>
            </div>
          )}
          <ResultList
            hits={hits}
            query={shown}
            selected={selected}
            onSelect={select}
            onOpen={activate}
            trailing={{
              label: (
                <span className="docs-search">
                  Search the Django docs for <strong>{shown.trim()}</strong> ↗
                </span>
              ),
              onOpen: searchDocs,
            }}
          />
        </>
      )}
      <footer className="popup-footer">
        <span
          className="footer-keys"
          aria-hidden="true"
          title={`↑↓ move · Enter ${current?.doc.url || (!browsing && !current) ? 'open in tab' : 'open'} · Esc ${query ? 'clear' : 'close'}`}
        >
          <kbd>↑↓</kbd> <kbd>↵</kbd> <kbd>Esc</kbd>
        </span>
        {current?.doc.url && (
          <span aria-hidden="true">
            <kbd>⇧↵</kbd> copy link
          </span>
        )}
        {copied && <span role="status">Link copied</span>}
        <span className="footer-links">
          {due !== undefined && due.length > 0 && (
            <a
              className="footer-link due-link"
              href={libraryHref(routes.review)}
              aria-label={`Review: ${due.length} due`}
            >
              Review {due.length}
            </a>
          )}
          <a className="footer-link" href={libraryHref(routes.browse)}>
            Library
          </a>
          <a className="footer-link" href={libraryHref(routes.newNote())} aria-label="New note">
            + Note
          </a>
        </span>
      </footer>
    </main>
  );
}
