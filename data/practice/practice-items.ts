import { bundledSections } from '../stacks/bundled';
import { loadCatalog } from '../stacks/stored';
import type { Section, StackSource } from '../stacks/content';
import { db } from '../records/db';
import { parseSearchId } from '../records/ids';
import type { Snippet, UserNote } from '../records/model';

/** Every interview question of the bundled stacks is practised from the start. */
export const interviewQuestionIds: readonly string[] = bundledSections
  .filter((s) => s.question)
  .map((s) => s.id);

export type PracticeItem =
  | { kind: 'section'; id: string; section: Section; context: string; source: StackSource }
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
  const catalog = await loadCatalog();
  const section = catalog.findSection(item.id);
  const source = section && catalog.findStack(section.stackId)?.source;
  return (
    section &&
    source && { kind: 'section', id, section, context: catalog.sectionContext(section), source }
  );
}
