import { fileURLToPath } from 'node:url';

/** Absolute path of a fixture framework under tests/fixtures/. */
export function fixture(name: string): string {
  return fileURLToPath(new URL(`./fixtures/${name}/`, import.meta.url));
}

/** A fixed "today" so review-date checks do not depend on the clock. */
export const TODAY = '2026-11-26';
