import type { Block } from '../data/stacks/content';
import { CodeBlock } from './CodeBlock';
import { MarkdownView } from './MarkdownView';

interface Props {
  blocks: readonly Block[];
  title?: string;
  /** Prose as sanitised Markdown without remote images (written and installed stacks). */
  markdown?: boolean;
}

/** A section's prose and code; each copy button names its block for screen readers. */
export function SectionBlocks({ blocks, title, markdown }: Props) {
  let codeCount = 0;
  return (
    <>
      {blocks.map((block, i) => {
        if (block.kind === 'text') {
          return markdown ? (
            <MarkdownView key={i} source={block.text} images={false} />
          ) : (
            <p key={i}>{block.text}</p>
          );
        }
        codeCount++;
        const label = `Copy code block ${codeCount}${title ? ` of ${title}` : ''}`;
        return <CodeBlock key={i} code={block.code} lang={block.lang} label={label} />;
      })}
    </>
  );
}
