import { useEffect } from 'react';
import { useCatalog } from '../data/records/live';
import type { Section } from '../data/stacks/content';
import { markRead } from '../data/practice/progress';
import { LearnedButton } from './LearnedButton';
import { PractiseButton } from './PractiseButton';
import { SectionNotes } from './SectionNotes';
import { SectionView } from './SectionView';

/** A section as the popup and library show it: content, practice, progress, own notes. */
export function SectionDetail({
  section,
  link,
  asPage,
}: {
  section: Section;
  link: (route: string) => string;
  /** The section is the whole page: see SectionView. */
  asPage?: boolean;
}) {
  const catalog = useCatalog();
  useEffect(() => {
    void markRead(section.id);
  }, [section.id]);
  const source = catalog.findStack(section.stackId)?.source;
  return (
    <>
      <SectionView
        section={section}
        asPage={asPage}
        context={catalog.sectionContext(section)}
        markdown={source !== undefined && source !== 'bundled'}
        actions={
          <>
            <PractiseButton id={section.id} />
            <LearnedButton sectionId={section.id} />
          </>
        }
      />
      <SectionNotes sectionId={section.id} link={link} />
    </>
  );
}
