import type { Block } from '../data/stacks/content';
import { CodeBlock } from './CodeBlock';

/** A bundled section's prose and code; each copy button names its block for screen readers. */
export function SectionBlocks({ blocks, title }: { blocks: readonly Block[]; title?: string }) {
  let codeCount = 0;
  return (
    <>
      {blocks.map((block, i) => {
        if (block.kind === 'text') return <p key={i}>{block.text}</p>;
        codeCount++;
        const label = `Copy code block ${codeCount}${title ? ` of ${title}` : ''}`;
        return <CodeBlock key={i} code={block.code} lang={block.lang} label={label} />;
      })}
    </>
  );
}
