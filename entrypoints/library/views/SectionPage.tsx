import { hashHref, routes } from '../../../components/links';
import { SectionDetail } from '../../../components/SectionDetail';
import { useCatalog } from '../../../data/records/live';
import { useDocumentTitle } from '../title';
import { NotFound } from './NotFound';

export function SectionPage({ sectionId }: { sectionId: string }) {
  const { findSection, findStack, findNote, sections, complete } = useCatalog();
  const section = findSection(sectionId);
  const stack = section && findStack(section.stackId);
  useDocumentTitle(section && [section.title, stack?.title].filter(Boolean).join(' · '));
  if (!section) {
    return complete ? (
      <NotFound title="No such section">There is no section called “{sectionId}”.</NotFound>
    ) : null;
  }
  const siblings = sections.filter((s) => s.stackId === section.stackId);
  const at = siblings.indexOf(section);
  const previous = siblings[at - 1];
  const next = siblings[at + 1];
  return (
    <>
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <a href={hashHref(routes.browse)}>All topics</a> › <span>{stack?.topic}</span> ›{' '}
        <a href={hashHref(routes.stack(section.stackId))}>{stack?.title}</a> ›{' '}
        <span>{findNote(section.noteId)?.title}</span>
      </nav>
      <SectionDetail section={section} link={hashHref} asPage />
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
