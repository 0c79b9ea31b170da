import { defineConfig } from 'vitest/config';

// The exactness tests rank whole synthetic indexes (seconds of CPU each): under a loaded machine the
// default 5 s would fail them for time, which is not what they test.
export default defineConfig({
  test: { name: 'matching', include: ['src/**/*.test.ts'], testTimeout: 30_000 },
});
