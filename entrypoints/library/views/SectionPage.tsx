import { hashHref, routes } from '../../../components/links';
import { SectionDetail } from '../../../components/SectionDetail';
import { useCatalog } from '../../../data/records/live';

export function SectionPage({ sectionId }: { sectionId: string }) {
  const { findSection, findStack, sections, complete } = useCatalog();
  const section = findSection(sectionId);
  if (!section) return complete ? <p className="empty">No section called “{sectionId}”.</p> : null;
  const stack = findStack(section.stackId);
  const siblings = sections.filter((s) => s.stackId === section.stackId);
  const at = siblings.indexOf(section);
  const previous = siblings[at - 1];
  const next = siblings[at + 1];
  return (
    <>
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <a href={hashHref(routes.browse)}>All topics</a> › <span>{stack?.topic}</span> ›{' '}
        <a href={hashHref(routes.stack(section.stackId))}>{stack?.title}</a>
      </nav>
      <SectionDetail section={section} link={hashHref} />
      <nav className="pager" aria-label="Sections">
        {previous ? (
          <a href={hashHref(routes.section(previous.id))}>← {previous.title}</a>
        ) : (
          <span />
        )}
        {next && <a href={hashHref(routes.section(next.id))}>{next.title} →</a>}
      </nav>
    </>
  );
}
