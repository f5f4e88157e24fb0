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
