import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser tests (npm run test:e2e) and full builds (npm run test:reliability) run on their own.
    exclude: ['tests/e2e/**', 'tests/reliability/**/*.slow.test.ts'],
    testTimeout: 60_000,
  },
});
