import { hashHref, routes } from '../../../components/links';
import { SectionDetail } from '../../../components/SectionDetail';
import { bundledSections, findSection, findStack } from '../../../data/stacks/bundled';

export function SectionPage({ sectionId }: { sectionId: string }) {
  const section = findSection(sectionId);
  if (!section) return <p className="empty">No section called “{sectionId}”.</p>;
  const stack = findStack(section.stackId);
  const siblings = bundledSections.filter((s) => s.stackId === section.stackId);
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
