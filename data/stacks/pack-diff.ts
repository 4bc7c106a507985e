import type { PackSection, StackPack } from './pack';

export interface SectionRef {
  id: string;
  title: string;
}

/** What installing `next` over `installed` does to its sections, by id. */
export interface PackDiff {
  added: SectionRef[];
  changed: SectionRef[];
  removed: SectionRef[];
  /** Sections whose id and content are the same in both. */
  unchanged: number;
}

const sectionsOf = (pack: StackPack) =>
  new Map(pack.notes.flatMap((note) => note.sections.map((s) => [s.id, s] as const)));

const ref = ({ id, title }: PackSection): SectionRef => ({ id, title });

/** Same content: the order of keys does not matter, every field's value does. */
const sameSection = (a: PackSection, b: PackSection) =>
  a.title === b.title &&
  a.markdown === b.markdown &&
  (a.question ?? false) === (b.question ?? false) &&
  a.prompt === b.prompt &&
  (a.keywords ?? []).join('\n') === (b.keywords ?? []).join('\n') &&
  (a.pages ?? []).join('\n') === (b.pages ?? []).join('\n');

export function diffPacks(installed: StackPack, next: StackPack): PackDiff {
  const before = sectionsOf(installed);
  const after = sectionsOf(next);
  const diff: PackDiff = { added: [], changed: [], removed: [], unchanged: 0 };
  for (const [id, section] of after) {
    const old = before.get(id);
    if (!old) diff.added.push(ref(section));
    else if (sameSection(old, section)) diff.unchanged++;
    else diff.changed.push(ref(section));
  }
  for (const [id, section] of before) if (!after.has(id)) diff.removed.push(ref(section));
  return diff;
}

/** "2 added, 1 changed, 1 removed", or "no section changes". */
export function diffSummary(diff: PackDiff): string {
  const parts = [
    diff.added.length && `${diff.added.length} added`,
    diff.changed.length && `${diff.changed.length} changed`,
    diff.removed.length && `${diff.removed.length} removed`,
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'no section changes';
}
