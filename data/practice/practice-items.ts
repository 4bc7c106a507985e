import { bundledSections, findSection } from '../stacks/bundled';
import type { Section } from '../stacks/content';
import { db } from '../records/db';
import { parseSearchId } from '../records/ids';
import type { Snippet, UserNote } from '../records/model';

/** Every interview question of the bundled stacks is practised from the start. */
export const interviewQuestionIds: readonly string[] = bundledSections
  .filter((s) => s.question)
  .map((s) => s.id);

export type PracticeItem =
  | { kind: 'section'; id: string; section: Section }
  | { kind: 'note'; id: string; note: UserNote }
  | { kind: 'snippet'; id: string; snippet: Snippet };

/** What a card is about; undefined when its note or snippet no longer exists. */
export async function practiceItem(id: string): Promise<PracticeItem | undefined> {
  const item = parseSearchId(id);
  if (item.kind === 'note') {
    const note = await db.notes.get(item.id);
    return note && { kind: 'note', id, note };
  }
  if (item.kind === 'snippet') {
    const snippet = await db.snippets.get(item.id);
    return snippet && { kind: 'snippet', id, snippet };
  }
  const section = findSection(item.id);
  return section && { kind: 'section', id, section };
}
