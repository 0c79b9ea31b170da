import { defineConfig } from 'vitest/config';

/** Browser journeys against the real build: each spec starts `node apps/api/dist/main.js` on its own database. */
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['**/*.spec.ts'],
    exclude: ['node_modules/**'],
    globalSetup: ['./support/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // A real browser on a busy 2-core machine: one retry for a timing hiccup; a real defect fails twice.
    retry: 1,
  },
});
