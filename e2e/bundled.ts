import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StackPack } from '../data/stacks/pack';
import { EXTENSION_DIR } from './extension';

/** The stacks the build bundles, read from the pack files it writes beside the extension. */
export function bundledPacks(dir = EXTENSION_DIR): StackPack[] {
  const stacksDir = join(dir, 'stacks');
  return readdirSync(stacksDir)
    .filter((name) => name.endsWith('.devrecall-stack.json'))
    .map((name) => JSON.parse(readFileSync(join(stacksDir, name), 'utf8')) as StackPack);
}

const sections = (dir?: string) =>
  bundledPacks(dir).flatMap((pack) => pack.notes.flatMap((note) => note.sections));

/** Sections the popup lists with an empty search box. */
export const bundledSectionCount = (dir?: string) => sections(dir).length;

/** Interview questions, each practised from the first start: the badge of a fresh install. */
export const interviewCardCount = (dir?: string) => sections(dir).filter((s) => s.question).length;

/** A bundled section's title by its id (`django/orm`). */
export function sectionTitle(id: string, dir?: string): string {
  const section = sections(dir).find((s) => s.id === id);
  if (!section) throw new Error(`No bundled section ${id}.`);
  return section.title;
}
