import type { Block } from './content';

const FENCE_OPEN = /^(`{3,}|~{3,})[ \t]*([^`\s]*)[^`]*$/;

const closes = (line: string, fence: string): boolean => {
  const run = line.trim();
  return run.length >= fence.length && run === (fence[0] ?? '').repeat(run.length);
};

/**
 * A section's Markdown as prose and code blocks: fenced code is a code block, every other run of
 * non-blank lines a text block. Small on purpose: pages that show stacks need no Markdown parser
 * for this, and the split is the one bundled notes were built with.
 */
export function markdownBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  let paragraph: string[] = [];
  const endParagraph = () => {
    if (paragraph.length) blocks.push({ kind: 'text', text: paragraph.join('\n') });
    paragraph = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const open = FENCE_OPEN.exec(line);
    if (open?.[1]) {
      endParagraph();
      const fence = open[1];
      const code: string[] = [];
      for (i++; i < lines.length; i++) {
        const inner = lines[i] ?? '';
        if (closes(inner, fence)) break;
        code.push(inner);
      }
      blocks.push({ kind: 'code', lang: open[2] ?? '', code: code.join('\n') });
      continue;
    }
    if (line.trim() === '') endParagraph();
    else paragraph.push(line);
  }
  endParagraph();
  return blocks;
}

/** The inverse of `markdownBlocks`: blocks as Markdown that splits back into the same blocks. */
export function blocksMarkdown(blocks: readonly Block[]): string {
  return blocks
    .map((block) => {
      if (block.kind === 'text') return block.text;
      const longest = Math.max(2, ...(block.code.match(/`{3,}/g) ?? []).map((run) => run.length));
      const fence = '`'.repeat(longest + 1);
      return `${fence}${block.lang}\n${block.code}\n${fence}`;
    })
    .join('\n\n');
}
