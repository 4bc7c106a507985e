import { useSectionNotes } from '../data/records/live';
import { routes } from './links';

interface Props {
  sectionId: string;
  link: (route: string) => string;
}

/** The user's own notes attached to a bundled section, listed under it. */
export function SectionNotes({ sectionId, link }: Props) {
  const notes = useSectionNotes(sectionId);
  return (
    <aside className="section-notes" aria-label="Your notes on this section">
      <h3>Your notes</h3>
      {notes === undefined ? null : notes.length === 0 ? (
        <p className="empty-inline">None yet.</p>
      ) : (
        <ul>
          {notes.map((note) => (
            <li key={note.id}>
              <a href={link(routes.note(note.id))}>{note.title}</a>
            </li>
          ))}
        </ul>
      )}
      <a className="button-link" href={link(routes.newNote({ sectionId }))}>
        + Add a note to this section
      </a>
    </aside>
  );
}
