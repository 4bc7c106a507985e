import { hashHref, routes } from '../../../components/links';
import { NoteDetail } from '../../../components/NoteDetail';
import { PractiseButton } from '../../../components/PractiseButton';
import { noteSearchId } from '../../../data/records/ids';
import { useNote } from '../../../data/records/live';
import { useLastSeen } from '../../../components/useLastSeen';
import { deleteNote, restoreNote } from '../../../data/records/notes';
import { navigate } from '../router';
import { useToast } from '../toast-store';
import { useDocumentTitle } from '../title';
import { RecordGone } from './NotFound';

export function NotePage({ id }: { id: string }) {
  const note = useNote(id);
  const show = useToast((s) => s.show);
  // "Deleted" only for a note this page has shown; any other address names no note at all.
  const shown = useLastSeen(note, id);
  useDocumentTitle(note?.title);
  if (note === undefined) return null;
  if (note === null) return <RecordGone kind="note" deleted={Boolean(shown)} />;
  const remove = async () => {
    const deleted = await deleteNote(id);
    navigate(routes.mine);
    if (deleted) {
      show(`Deleted “${deleted.note.title}”.`, async () => {
        await restoreNote(deleted);
        navigate(routes.note(id));
      });
    }
  };
  return (
    <>
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <a href={hashHref(routes.mine)}>My DevRecall</a> › <span>Notes</span>
      </nav>
      <NoteDetail
        asPage
        note={note}
        link={hashHref}
        actions={
          <>
            <a className="button-link" href={hashHref(routes.editNote(id))}>
              Edit
            </a>
            <PractiseButton id={noteSearchId(id)} />
            <button type="button" className="danger" onClick={remove}>
              Delete
            </button>
          </>
        }
      />
    </>
  );
}
