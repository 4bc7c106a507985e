import { useEffect } from 'react';
import { sectionContext } from '../data/stacks/bundled';
import type { Section } from '../data/stacks/content';
import { markRead } from '../data/practice/progress';
import { LearnedButton } from './LearnedButton';
import { PractiseButton } from './PractiseButton';
import { SectionNotes } from './SectionNotes';
import { SectionView } from './SectionView';

/** A bundled section as the popup and library show it: content, practice, progress, own notes. */
export function SectionDetail({
  section,
  link,
}: {
  section: Section;
  link: (route: string) => string;
}) {
  useEffect(() => {
    void markRead(section.id);
  }, [section.id]);
  return (
    <>
      <SectionView
        section={section}
        context={sectionContext(section)}
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
