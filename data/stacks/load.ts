import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Stack } from './content';
import { parseStack, type StackManifest } from './parse';

/** Reads every stack folder (Node only: the build, tests and benchmarks use it; the extension ships the result). */
export function loadStacks(dir = join(import.meta.dirname, '.')): Stack[] {
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
