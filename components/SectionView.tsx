import type { Section } from '../data/content';
import { CodeBlock } from './CodeBlock';

interface Props {
  section: Section;
  context: string;
  actions?: React.ReactNode;
}

export function SectionView({ section, context, actions }: Props) {
  let codeCount = 0;
  return (
    <article className="section-view" aria-labelledby="section-title">
      <p className="section-context">{context}</p>
      <h2 id="section-title">
        {section.question && <span className="question-mark">Q</span>}
        {section.title}
      </h2>
      {actions && <div className="actions">{actions}</div>}
      {section.blocks.map((block, i) => {
        if (block.kind === 'text') return <p key={i}>{block.text}</p>;
        codeCount++;
        return (
          <CodeBlock
            key={i}
            code={block.code}
            lang={block.lang}
            label={`Copy code block ${codeCount}`}
          />
        );
      })}
    </article>
  );
}
