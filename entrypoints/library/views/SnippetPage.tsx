import { hashHref, routes } from '../../../components/links';
import { PractiseButton } from '../../../components/PractiseButton';
import { SnippetDetail } from '../../../components/SnippetDetail';
import { snippetSearchId } from '../../../data/records/ids';
import { useLastSeen } from '../../../components/useLastSeen';
import { useSnippet } from '../../../data/records/live';
import { deleteSnippet, restoreSnippet } from '../../../data/records/snippets';
import { navigate } from '../router';
import { useToast } from '../toast-store';
import { useDocumentTitle } from '../title';
import { RecordGone } from './NotFound';

export function SnippetPage({ id }: { id: string }) {
  const live = useSnippet(id);
  // "Deleted" only for a snippet this page has shown; any other id names no snippet at all.
  const snippet = useLastSeen(live, id);
  const show = useToast((s) => s.show);
  useDocumentTitle(live ? `${live.pageTitle} · Snippet` : undefined);
  const gone = <RecordGone kind="snippet" deleted={Boolean(snippet)} />;
  if (live === undefined) return null;
  if (!snippet) return gone;
  const remove = async () => {
    const deleted = await deleteSnippet(id);
    navigate(routes.mine);
    if (deleted) {
      show('Snippet deleted.', async () => {
        await restoreSnippet(deleted);
        navigate(routes.snippet(id));
      });
    }
  };
  return (
    <>
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <a href={hashHref(routes.mine)}>My DevRecall</a> › <span>Snippets</span>
      </nav>
      <SnippetDetail
        asPage
        snippet={snippet}
        deleted={live === null}
        gone={gone}
        onSavedAsNew={(newId) => navigate(routes.snippet(newId))}
        actions={
          <>
            <PractiseButton id={snippetSearchId(id)} />
            <button type="button" className="danger" onClick={remove}>
              Delete
            </button>
          </>
        }
      />
    </>
  );
}
