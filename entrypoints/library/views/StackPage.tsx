import { hashHref, routes } from '../../../components/links';
import { findStack } from '../../../data/stacks/bundled';
import { useSavedStacks } from '../../../data/records/live';
import { SaveStackButton } from '../SaveStackButton';

export function StackPage({ stackId }: { stackId: string }) {
  const stack = findStack(stackId);
  const saved = useSavedStacks();
  if (!stack) return <p className="empty">No stack called “{stackId}”.</p>;
  return (
    <>
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <a href={hashHref(routes.browse)}>All topics</a> › <span>{stack.topic}</span> ›{' '}
        <span>{stack.title}</span>
      </nav>
      <div className="page-head">
        <h1>{stack.title}</h1>
        <SaveStackButton stackId={stack.id} saved={saved?.some((s) => s.stackId === stack.id)} />
      </div>
      <p>{stack.description}</p>
      {stack.notes.map((note) => (
        <section key={note.id} className="note-card" aria-labelledby={`note-${note.id}`}>
          <h2 id={`note-${note.id}`}>{note.title}</h2>
          <p className="muted">{note.summary}</p>
          <ol className="section-links">
            {note.sections.map((section) => (
              <li key={section.id}>
                <a href={hashHref(routes.section(section.id))}>{section.title}</a>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}
