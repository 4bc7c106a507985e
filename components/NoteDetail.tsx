import { useCatalog } from '../data/records/live';
import type { UserNote } from '../data/records/model';
import { routes } from './links';
import { MarkdownView } from './MarkdownView';
import { RelativeTime } from './RelativeTime';
import { isWebUrl } from './safe-url';

interface Props {
  note: UserNote;
  /** Builds a link to another view; the popup opens them in the library tab. */
  link: (route: string) => string;
  actions?: React.ReactNode;
  /** The item is the whole page (the library's): its title is the page's one h1. */
  asPage?: boolean;
}

export function NoteDetail({ note, link, actions, asPage }: Props) {
  const Title = asPage ? 'h1' : 'h2';
  const { findSection } = useCatalog();
  const section = note.sectionId ? findSection(note.sectionId) : undefined;
  return (
    <article className="note-detail" aria-labelledby="note-title">
      <p className="section-context">
        My note · edited <RelativeTime time={note.updatedAt} />
      </p>
      <Title id="note-title">{note.title}</Title>
      {(note.tags.length > 0 || section || note.pageUrl) && (
        <ul className="meta-list">
          {note.tags.map((tag) => (
            <li key={tag} className="tag">
              #{tag}
            </li>
          ))}
          {section && (
            <li>
              On <a href={link(routes.section(section.id))}>{section.title}</a>
            </li>
          )}
          {note.pageUrl && (
            <li>
              Page{' '}
              {isWebUrl(note.pageUrl) ? (
                <a href={note.pageUrl} target="_blank" rel="noreferrer">
                  {note.pageUrl}
                </a>
              ) : (
                note.pageUrl
              )}
            </li>
          )}
        </ul>
      )}
      {actions && <div className="actions">{actions}</div>}
      {note.body.trim() ? (
        <div data-answers>
          <MarkdownView source={note.body} />
        </div>
      ) : (
        <p className="empty">This note has no body yet.</p>
      )}
    </article>
  );
}
