import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [vue()],
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: keep parallelism low so CPU-heavy suites (e2e, corpus scoring) don't starve each other.
    maxWorkers: 2,
  },
});
