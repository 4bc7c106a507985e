import { PractiseButton } from '../../../components/PractiseButton';
import { SnippetDetail } from '../../../components/SnippetDetail';
import { useSnippet } from '../../../data/records/live';
import { deleteSnippet, restoreSnippet } from '../../../data/records/snippets';
import { navigate } from '../router';
import { useToast } from '../toast';

export function SnippetPage({ id }: { id: string }) {
  const snippet = useSnippet(id);
  const show = useToast((s) => s.show);
  if (snippet === undefined) return null;
  if (snippet === null) {
    return (
      <p className="empty">
        This snippet was deleted. <a href="#/mine">Back to My DevRecall</a>
      </p>
    );
  }
  const remove = async () => {
    const deleted = await deleteSnippet(id);
    navigate('/mine');
    if (deleted) {
      show('Snippet deleted.', async () => {
        await restoreSnippet(deleted);
        navigate(`/snippet/${id}`);
      });
    }
  };
  return (
    <SnippetDetail
      snippet={snippet}
      actions={
        <>
          <PractiseButton id={`snippet:${id}`} />
          <button type="button" className="danger" onClick={remove}>
            Delete
          </button>
        </>
      }
    />
  );
}
