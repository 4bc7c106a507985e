import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    // Firefox has its own config (vitest.firefox.config.ts) and build.
    exclude: ['e2e/firefox/**'],
    environment: 'node',
    // One Chromium at a time: the machine has two cores and the tests share nothing.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
