import { defineConfig } from 'vitest/config';

// Browser tests against the built site in dist/ (run `npm run build` first). They need
// Chromium: Debian's `chromium` package, which .ci/run installs.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
