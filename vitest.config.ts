import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { stacksPlugin } from './scripts/stacks-plugin';

export default defineConfig({
  plugins: [WxtVitest(), react(), stacksPlugin()],
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
    include: ['{data,components,entrypoints,scripts}/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    // Parsing the large docs fixture pages takes seconds on a busy two-core machine.
    testTimeout: 30_000,
    setupFiles: ['./tests/setup.ts'],
  },
});
