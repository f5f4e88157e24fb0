import { fileURLToPath } from 'node:url';
import { parseSiteUrl } from '../src/framework/site-address.ts';

/** Absolute path of a fixture framework under tests/fixtures/. */
export function fixture(name: string): string {
  return fileURLToPath(new URL(`./fixtures/${name}/`, import.meta.url));
}

/** A fixed "today" so review-date checks do not depend on the clock. */
export const TODAY = '2026-11-26';

/** A site served under a sub-path, as a GitHub project site is. */
export const SITE = parseSiteUrl('https://example.org/framework/');

/** A build that was not told where the site is published (no SITE_URL). */
export const NO_SITE = parseSiteUrl(undefined);

/**
 * This process's environment as an author's terminal would have it: without the settings the
 * test runner adds (NODE_ENV=test, VITEST, and Vite's MODE, BASE_URL, DEV, PROD and SSR, which
 * Astro would take for its own), for running the project's commands from a test as a person would.
 */
export function authorEnvironment(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const runner = /^(VITEST.*|NODE_ENV|TEST|MODE|BASE_URL|DEV|PROD|SSR)$/;
  return {
    ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !runner.test(name))),
    ...extra,
  };
}
