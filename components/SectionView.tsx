import type { Section } from '../data/stacks/content';
import { SectionBlocks } from './SectionBlocks';

interface Props {
  section: Section;
  context: string;
  actions?: React.ReactNode;
  /** Show prose as Markdown (sanitised, no remote images): for written and installed stacks. */
  markdown?: boolean;
  /** The section is the whole page: its title is the page's one h1, under a breadcrumb that gives the context. */
  asPage?: boolean;
}

export function SectionView({ section, context, actions, markdown, asPage }: Props) {
  const Title = asPage ? 'h1' : 'h2';
  return (
    <article className="section-view" aria-labelledby="section-title">
      {!asPage && <p className="section-context">{context}</p>}
      <Title id="section-title">
        {section.question && <span className="question-mark">Q</span>}
        {section.title}
      </Title>
      {actions && <div className="actions">{actions}</div>}
      <div data-answers>
        <SectionBlocks blocks={section.blocks} markdown={markdown} />
      </div>
    </article>
  );
}
