import { useEffect, useRef } from 'react';
import { hashHref, routes, type LibraryRoute } from '../../components/links';
import { useAnswerLine } from '../../components/useAnswerLine';
import { useTheme } from '../../components/useTheme';
import { HeaderSearch } from './HeaderSearch';
import { navigate, useRoute } from './router';
import { ToastHost } from './Toast';
import { BackupPage } from './views/BackupPage';
import { InstallPage } from './views/InstallPage';
import { NewStackPage } from './views/NewStackPage';
import { BrowsePage } from './views/BrowsePage';
import { MinePage } from './views/MinePage';
import { NoteEditorPage } from './views/NoteEditorPage';
import { NotePage } from './views/NotePage';
import { ProgressPage } from './views/ProgressPage';
import { ReviewPage } from './views/ReviewPage';
import { SectionPage } from './views/SectionPage';
import { SnippetPage } from './views/SnippetPage';
import { StackPage } from './views/StackPage';
import { NotFound } from './views/NotFound';
import { useDueCards } from '../../data/records/live';
import { userMessage } from '../../data/records/errors';
import { requestPersistentStorage } from '../../data/records/storage';
import { useToast } from './toast-store';

const NAV = [
  ['browse', 'Browse'],
  ['mine', 'My DevRecall'],
  ['review', 'Review'],
  ['progress', 'Progress'],
  ['backup', 'Backup & data'],
] as const;

/** The nav entry a page belongs to: a stack or a section is part of browsing. */
const navPage = (route: LibraryRoute) =>
  route.page === 'stack' || route.page === 'section' ? 'browse' : route.page;

export function App() {
  useTheme();
  const route = useRoute();
  const due = useDueCards();
  const main = useRef<HTMLElement>(null);
  // An item opened from search lands on the line that answers the query.
  useAnswerLine(main, 'query' in route ? route.query : undefined, JSON.stringify(route));

  useEffect(() => {
    void requestPersistentStorage();
  }, []);

  // Any write that fails without its own error display still tells the user, in the toast.
  const show = useToast((t) => t.show);
  useEffect(() => {
    const onFailure = (event: PromiseRejectionEvent) => show(userMessage(event.reason));
    window.addEventListener('unhandledrejection', onFailure);
    return () => window.removeEventListener('unhandledrejection', onFailure);
  }, [show]);

  return (
    <div className="library">
      <header className="library-header">
        <a className="brand" href={hashHref(routes.browse)}>
          <img src="/icon/32.png" alt="" width="20" height="20" /> DevRecall
        </a>
        <HeaderSearch onOpen={(route) => navigate(route)} />
        <nav aria-label="Library">
          {NAV.map(([page, label]) => (
            <a
              key={page}
              href={hashHref(routes[page])}
              aria-current={navPage(route) === page ? 'page' : undefined}
            >
              {label}
              {page === 'review' && due !== undefined && due.length > 0 && (
                <span className="nav-count" aria-label={`${due.length} due`}>
                  {due.length}
                </span>
              )}
            </a>
          ))}
          <a href="/options.html" target="_blank" rel="noreferrer">
            Settings
          </a>
        </nav>
      </header>
      <main className="library-main" ref={main}>
        <Page route={route} />
      </main>
      <ToastHost />
    </div>
  );
}

function Page({ route }: { route: LibraryRoute }) {
  switch (route.page) {
    case 'browse':
      return <BrowsePage />;
    case 'stack':
      return <StackPage stackId={route.id} />;
    case 'section':
      return <SectionPage sectionId={route.id} />;
    case 'mine':
      return <MinePage />;
    case 'note':
      return <NotePage id={route.id} />;
    case 'new':
      return <NoteEditorPage key={JSON.stringify(route.attach)} attach={route.attach} />;
    case 'edit':
      return <NoteEditorPage key={route.id} id={route.id} />;
    case 'snippet':
      return <SnippetPage id={route.id} />;
    case 'backup':
      return <BackupPage />;
    case 'install':
      return <InstallPage />;
    case 'new-stack':
      return <NewStackPage />;
    case 'review':
      return <ReviewPage />;
    case 'progress':
      return <ProgressPage />;
    case 'missing':
      return (
        <NotFound title="Nothing here">
          This address names no page. <a href={hashHref(routes.browse)}>Back to all topics</a>
        </NotFound>
      );
  }
}
