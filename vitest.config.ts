import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Tests that start processes and servers share a 2-core machine; keep the fan-out modest.
    maxWorkers: 2,
    minWorkers: 1,
  },
});
