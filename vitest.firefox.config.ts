import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['e2e/firefox/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The first test after Firefox starts sometimes meets the add-on still starting up.
    retry: 1,
  },
});
