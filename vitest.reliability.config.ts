import { defineConfig } from 'vitest/config';

// Slow reliability tests: full builds of copies of the project (hostile content, a failure
// after Astro ran, and two builds that must be byte-identical). `npm run test:reliability`.
export default defineConfig({
  test: {
    include: ['tests/reliability/**/*.slow.test.ts'],
    testTimeout: 900_000,
    hookTimeout: 900_000,
    // Each build uses every core; running them side by side only slows them all.
    fileParallelism: false,
  },
});
