import { hashHref, routes } from '../../../components/links';
import { useCatalog, useSavedStacks } from '../../../data/records/live';
import { SaveStackButton } from '../SaveStackButton';
import { useDocumentTitle } from '../title';

export function BrowsePage() {
  useDocumentTitle('All topics');
  const saved = useSavedStacks();
  const { topics } = useCatalog();
  return (
    <>
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <span>All topics</span>
      </nav>
      <h1>All topics</h1>
      {topics.map((topic) => (
        <section key={topic.name} className="topic">
          <h2>{topic.name}</h2>
          <div className="stack-grid">
            {topic.stacks.map((stack) => (
              <article key={stack.id} className="stack-card" aria-labelledby={`stack-${stack.id}`}>
                <h3 id={`stack-${stack.id}`}>
                  <a href={hashHref(routes.stack(stack.id))}>{stack.title}</a>
                </h3>
                <p>{stack.description}</p>
                <p className="muted">
                  {stack.notes.length} notes ·{' '}
                  {stack.notes.reduce((n, note) => n + note.sections.length, 0)} sections
                </p>
                <SaveStackButton
                  stackId={stack.id}
                  saved={saved?.some((s) => s.stackId === stack.id)}
                />
              </article>
            ))}
          </div>
        </section>
      ))}
    </>
  );
}
