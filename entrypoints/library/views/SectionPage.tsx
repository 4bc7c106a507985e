import { bundledSections, findSection, findStack, sectionContext } from '../../../data/bundled';
import { SectionNotes } from '../../../components/SectionNotes';
import { SectionView } from '../../../components/SectionView';

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
      <div className="section-layout">
        <SectionView section={section} context={sectionContext(section)} />
        <SectionNotes sectionId={section.id} link={hashLink} />
      </div>
      <nav className="pager" aria-label="Sections">
        {previous ? <a href={`#/section/${previous.id}`}>← {previous.title}</a> : <span />}
        {next && <a href={`#/section/${next.id}`}>{next.title} →</a>}
      </nav>
    </>
  );
}
