import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'bench/tests/**/*.test.ts'],
    // Browser tests (npm run test:e2e) and full builds (npm run test:reliability) run on their own.
    exclude: ['tests/e2e/**', 'tests/reliability/**/*.slow.test.ts'],
    testTimeout: 60_000,
    // One module cache per worker, not per test file: the schemas, parsers and fonts load
    // once, which is most of what a test file would otherwise spend. Tests keep no state in
    // modules they share, and the one module mock (tests/pdf/pdfs-ahead.test.ts) is the
    // file's own.
    isolate: false,
  },
});
