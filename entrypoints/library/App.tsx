import { useEffect } from 'react';
import { useTheme } from '../../components/useTheme';
import { HeaderSearch } from './HeaderSearch';
import { navigate, useRoute } from './router';
import { ToastHost } from './Toast';
import { BackupPage } from './views/BackupPage';
import { BrowsePage } from './views/BrowsePage';
import { MinePage } from './views/MinePage';
import { NoteEditorPage } from './views/NoteEditorPage';
import { NotePage } from './views/NotePage';
import { ProgressPage } from './views/ProgressPage';
import { ReviewPage } from './views/ReviewPage';
import { SectionPage } from './views/SectionPage';
import { SnippetPage } from './views/SnippetPage';
import { StackPage } from './views/StackPage';
import { useDueCards } from '../../data/records/live';
import { userMessage } from '../../data/records/errors';
import { requestPersistentStorage } from '../../data/records/storage';
import { useToast } from './toast';

const NAV = [
  ['/', 'Browse'],
  ['/mine', 'My DevRecall'],
  ['/review', 'Review'],
  ['/progress', 'Progress'],
  ['/backup', 'Backup & data'],
] as const;

export function App() {
  useTheme();
  const route = useRoute();
  const due = useDueCards();
  const [page = '', ...rest] = route.parts;

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
        <a className="brand" href="#/">
          <img src="/icon/32.png" alt="" width="20" height="20" /> DevRecall
        </a>
        <HeaderSearch onOpen={(route) => navigate(route)} />
        <nav aria-label="Library">
          {NAV.map(([href, label]) => (
            <a
              key={href}
              href={`#${href}`}
              aria-current={
                `/${page}` === href || (href === '/' && isBrowse(page)) ? 'page' : undefined
              }
            >
              {label}
              {href === '/review' && due !== undefined && due.length > 0 && (
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
      <main className="library-main">
        <Page page={page} rest={rest} params={route.params} />
      </main>
      <ToastHost />
    </div>
  );
}

const isBrowse = (page: string) => ['', 'stack', 'section'].includes(page);

function Page({ page, rest, params }: { page: string; rest: string[]; params: URLSearchParams }) {
  const id = rest.join('/');
  switch (page) {
    case '':
      return <BrowsePage />;
    case 'stack':
      return <StackPage stackId={id} />;
    case 'section':
      return <SectionPage sectionId={id} />;
    case 'mine':
      return <MinePage />;
    case 'note':
      return <NotePage id={id} />;
    case 'new':
      return (
        <NoteEditorPage
          key={params.toString()}
          attach={{
            sectionId: params.get('section') ?? undefined,
            pageUrl: params.get('page') ?? undefined,
            stackId: params.get('stack') ?? undefined,
          }}
        />
      );
    case 'edit':
      return <NoteEditorPage key={id} id={id} />;
    case 'snippet':
      return <SnippetPage id={id} />;
    case 'backup':
      return <BackupPage />;
    case 'review':
      return <ReviewPage />;
    case 'progress':
      return <ProgressPage />;
    default:
      return (
        <p className="empty">
          Nothing here. <a href="#/">Back to all topics</a>
        </p>
      );
  }
}
