import { defineConfig } from 'vitest/config';

/** Every package's own vitest config, run together by `pnpm test` (scripts/test.mjs). */
export default defineConfig({
  test: {
    projects: ['apps/*/vitest.config.ts', 'packages/*/vitest.config.ts', 'test/vitest.config.{ts,mts}'],
  },
});
