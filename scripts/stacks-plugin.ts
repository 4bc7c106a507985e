import { join } from 'node:path';
import type { Plugin } from 'vite';
import { loadStacks } from '../data/stacks/load';

const VIRTUAL_ID = 'virtual:devrecall-stacks';
const RESOLVED_ID = '\0' + VIRTUAL_ID;
const STACKS_DIR = join(import.meta.dirname, '../data/stacks');

/** Turns data/stacks/ Markdown into a JSON module at build time, so no Markdown parser ships for bundled notes. */
export function stacksPlugin(): Plugin {
  return {
    name: 'devrecall-stacks',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(loadStacks(STACKS_DIR)))});`;
    },
  };
}
