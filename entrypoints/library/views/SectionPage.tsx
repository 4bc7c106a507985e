import { SectionDetail } from '../../../components/SectionDetail';
import { bundledSections, findSection, findStack } from '../../../data/stacks/bundled';

const hashLink = (route: string) => `#${route}`;

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
        <a href="#/">All topics</a> › <span>{stack?.topic}</span> ›{' '}
        <a href={`#/stack/${section.stackId}`}>{stack?.title}</a>
      </nav>
      <SectionDetail section={section} link={hashLink} />
      <nav className="pager" aria-label="Sections">
        {previous ? <a href={`#/section/${previous.id}`}>← {previous.title}</a> : <span />}
        {next && <a href={`#/section/${next.id}`}>{next.title} →</a>}
      </nav>
    </>
  );
}
