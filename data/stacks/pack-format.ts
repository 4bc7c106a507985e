import type { StackPack } from './pack';

/**
 * What code outside validation needs of the pack format: its constants, versions, counts and file
 * text. Kept apart from `pack.ts` so that pages which never validate a pack do not load zod.
 */
export const PACK_FORMAT = 'devrecall-stack';
export const PACK_FORMAT_VERSION = 1;
export const PACK_EXTENSION = '.devrecall-stack.json';
/** Larger files are refused before they are parsed: 2,000 sections of prose and code are about 2 MB. */
export const MAX_PACK_BYTES = 5 * 1024 * 1024;
export const MAX_SECTIONS = 5000;

const versionParts = (version: string) => version.split('.').map(Number);

/** Orders pack versions (`1.10.0` after `1.9.2`). */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [versionParts(a), versionParts(b)];
  for (let i = 0; i < 3; i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

export const sectionCount = (pack: StackPack) =>
  pack.notes.reduce((n, note) => n + note.sections.length, 0);

/** A pack file's text: stable key order and indentation, so exports diff well. */
export const packText = (pack: StackPack): string => `${JSON.stringify(pack, null, 2)}\n`;

/** A file name for a pack: `django.devrecall-stack.json`. */
export const packFileName = (pack: Pick<StackPack, 'id'>) => `${pack.id}${PACK_EXTENSION}`;
