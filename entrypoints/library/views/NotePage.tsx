import { NoteDetail } from '../../../components/NoteDetail';
import { PractiseButton } from '../../../components/PractiseButton';
import { useNote } from '../../../data/records/live';
import { deleteNote, restoreNote } from '../../../data/records/notes';
import { navigate } from '../router';
import { useToast } from '../toast';

const hashLink = (route: string) => `#${route}`;

export function NotePage({ id }: { id: string }) {
  const note = useNote(id);
  const show = useToast((s) => s.show);
  if (note === undefined) return null;
  if (note === null) {
    return (
      <p className="empty">
        This note was deleted. <a href="#/mine">Back to My DevRecall</a>
      </p>
    );
  }
  const remove = async () => {
    const deleted = await deleteNote(id);
    navigate('/mine');
    if (deleted) {
      show(`Deleted “${deleted.note.title}”.`, async () => {
        await restoreNote(deleted);
        navigate(`/note/${id}`);
      });
    }
  };
  return (
    <NoteDetail
      note={note}
      link={hashLink}
      actions={
        <>
          <a className="button-link" href={`#/edit/${id}`}>
            Edit
          </a>
          <PractiseButton id={`note:${id}`} />
          <button type="button" className="danger" onClick={remove}>
            Delete
          </button>
        </>
      }
    />
  );
}
