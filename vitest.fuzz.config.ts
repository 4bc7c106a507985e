import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

export default mergeConfig(
  { ...base, test: { ...base.test, projects: undefined } },
  defineConfig({
    test: {
      include: ['scripts/fuzz/*.fuzz.ts'],
      environment: 'node',
      setupFiles: ['./tests/setup.ts'],
    },
  }),
);
