import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { docsSnapshotPlugin } from './scripts/docs-snapshot-plugin';
import { stacksPlugin } from './scripts/stacks-plugin';

/** Tests of code that parses docs pages with the DOM. */
const DOM_TESTS = [
  'data/docs/docs-page.test.ts',
  'data/docs/related.test.ts',
  'entrypoints/docs-panel/visibility.test.ts',
  'entrypoints/popup/first-results.test.ts',
  'entrypoints/popup/held-keys.test.ts',
  'entrypoints/popup/answer-as-typed.test.ts',
];

export default defineConfig({
  plugins: [WxtVitest(), react(), stacksPlugin(), docsSnapshotPlugin()],
  resolve: {
    // The package entry pulls vite and esbuild into the test environment; the fake browser alone is enough.
    alias: [
      {
        find: /^wxt\/testing$/,
        replacement: fileURLToPath(
          new URL('./node_modules/wxt/dist/testing/fake-browser.mjs', import.meta.url),
        ),
      },
    ],
  },
  test: {
    // Parsing the large docs fixture pages takes seconds on a busy two-core machine.
    testTimeout: 30_000,
    setupFiles: ['./tests/setup.ts'],
    // Most tests need no DOM: they run in Node, which starts several times faster than happy-dom.
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['{data,components,entrypoints,scripts}/**/*.test.ts'],
          exclude: DOM_TESTS,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['{data,components,entrypoints,scripts}/**/*.test.tsx', ...DOM_TESTS],
          setupFiles: ['./tests/setup-dom.ts'],
        },
      },
    ],
  },
});
