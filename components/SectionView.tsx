import type { Section } from '../data/stacks/content';
import { SectionBlocks } from './SectionBlocks';

interface Props {
  section: Section;
  context: string;
  actions?: React.ReactNode;
  /** Show prose as Markdown (sanitised, no remote images): for written and installed stacks. */
  markdown?: boolean;
}

export function SectionView({ section, context, actions, markdown }: Props) {
  return (
    <article className="section-view" aria-labelledby="section-title">
      <p className="section-context">{context}</p>
      <h2 id="section-title">
        {section.question && <span className="question-mark">Q</span>}
        {section.title}
      </h2>
      {actions && <div className="actions">{actions}</div>}
      <div data-answers>
        <SectionBlocks blocks={section.blocks} markdown={markdown} />
      </div>
    </article>
  );
}
