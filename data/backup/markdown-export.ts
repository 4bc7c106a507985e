import { strToU8, zipSync } from 'fflate';
import type { UserNote } from '../records/model';

/** A file name from a title: lower-case words joined by dashes, unique within the archive. */
function fileName(title: string, taken: Set<string>): string {
  const base =
    title
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'note';
  let name = `${base}.md`;
  for (let i = 2; taken.has(name); i++) name = `${base}-${i}.md`;
  taken.add(name);
  return name;
}

const yamlString = (value: string) => JSON.stringify(value);

export function noteAsMarkdown(note: UserNote): string {
  const front = [
    `title: ${yamlString(note.title)}`,
    note.tags.length ? `tags: [${note.tags.map(yamlString).join(', ')}]` : undefined,
    note.sectionId ? `section: ${yamlString(note.sectionId)}` : undefined,
    note.pageUrl ? `page: ${yamlString(note.pageUrl)}` : undefined,
    `created: ${new Date(note.createdAt).toISOString()}`,
    `updated: ${new Date(note.updatedAt).toISOString()}`,
  ].filter(Boolean);
  return `---\n${front.join('\n')}\n---\n\n${note.body}\n`;
}

/** Every note as its own Markdown file with front matter, zipped. */
export function notesAsMarkdownZip(notes: readonly UserNote[]): Uint8Array {
  const taken = new Set<string>();
  return zipSync(
    Object.fromEntries(notes.map((n) => [fileName(n.title, taken), strToU8(noteAsMarkdown(n))])),
  );
}
