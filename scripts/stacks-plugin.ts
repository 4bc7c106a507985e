import { join } from 'node:path';
import type { Plugin } from 'vite';
import { loadStackPacks } from '../data/stacks/load';
import { packFileName, packText } from '../data/stacks/pack-format';

const VIRTUAL_ID = 'virtual:devrecall-stacks';
const RESOLVED_ID = '\0' + VIRTUAL_ID;
export const STACKS_DIR = join(import.meta.dirname, '../data/stacks');

/** Turns data/stacks/ Markdown into stack packs at build time, so no Markdown parser ships for bundled notes. */
export function stacksPlugin(): Plugin {
  return {
    name: 'devrecall-stacks',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(loadStackPacks(STACKS_DIR)))});`;
    },
  };
}

/** Each bundled stack as a pack file beside the build (`stacks/django.devrecall-stack.json`). */
export const bundledPackFiles = () =>
  loadStackPacks(STACKS_DIR).map((pack) => ({
    relativeDest: `stacks/${packFileName(pack)}`,
    contents: packText(pack),
  }));
