import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Stack } from './content';
import type { StackPack } from './pack';
import { packToStack } from './pack-stack';
import { parseStack, type StackManifest } from './parse';

/** Reads every stack folder as a pack (Node only: the build, tests and tools use it; the extension ships the result). */
export function loadStackPacks(dir = join(import.meta.dirname, '.')): StackPack[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const folder = join(dir, entry.name);
      const manifest = JSON.parse(
        readFileSync(join(folder, 'stack.json'), 'utf8'),
      ) as StackManifest;
      return parseStack(manifest, (file) => readFileSync(join(folder, file), 'utf8'));
    })
    .sort((a, b) => a.topic.localeCompare(b.topic) || a.title.localeCompare(b.title));
}

/** The bundled stacks as pages see them, for Node tools. */
export const loadStacks = (dir?: string): Stack[] =>
  loadStackPacks(dir).map((pack) => packToStack(pack, 'bundled'));
