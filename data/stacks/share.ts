import type { StackPack } from './pack';
import { sectionCount } from './pack-format';

/** A short Markdown blurb to post with a pack: title, counts, contents. */
export function shareText(pack: StackPack): string {
  const notes = pack.notes.map(
    (note) =>
      `- **${note.title}** (${note.sections.length} sections): ${note.sections.map((s) => s.title).join(', ')}`,
  );
  return [
    `## ${pack.title} — a DevRecall stack`,
    '',
    `${pack.description}`.trim(),
    '',
    `${pack.topic} · ${pack.notes.length} notes · ${sectionCount(pack)} sections · version ${pack.version} by ${pack.author} · ${pack.licence}`,
    '',
    ...notes,
    '',
    `Install: save \`${pack.id}.devrecall-stack.json\` and open DevRecall › My DevRecall › Install a stack.`,
  ].join('\n');
}
