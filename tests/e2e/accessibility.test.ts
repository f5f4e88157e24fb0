import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { useSite } from './support/session.ts';
import { sitePaths } from './support/site.ts';

const site = useSite();

/**
 * The pages to audit: every page, except that of the 26 syllabi for combinations of
 * archetypes (made by the same components as the five single-archetype syllabi, and the
 * largest pages of the site) only the largest, for all five archetypes, in both editions.
 */
function pagesToAudit(): string[] {
  const combination = /^\/syllabi\/[a-z]+-[a-z-]+\//;
  return sitePaths().filter(
    (path) =>
      !combination.test(path) || path.startsWith('/syllabi/shapers-drivers-creators-embedders-users/'),
  );
}

/**
 * Runs axe on the pages and returns the violations grouped by rule, each with the pages
 * (and first elements) it was found on, so a failure reads as a short list.
 */
async function auditSite(colorScheme: 'light' | 'dark', rules?: string[]) {
  const byRule: Record<string, { help: string; pages: string[] }> = {};
  const queue = pagesToAudit();
  // Two pages at a time: one per core.
  const worker = async () => {
    const page = await site.open('/404.html', { colorScheme });
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
      for (const v of await axeViolations(page, rules)) {
        byRule[v.rule] ??= { help: v.help, pages: [] };
        byRule[v.rule]!.pages.push(`${path} ${v.targets.join(', ')}`);
      }
    }
    await page.close();
  };
  await Promise.all([worker(), worker()]);
  for (const found of Object.values(byRule)) found.pages.sort();
  return byRule;
}

describe('axe-core, WCAG 2.2 A and AA', () => {
  it('audits every kind of page', () => {
    expect(pagesToAudit().length).toBeGreaterThan(140);
  });

  it('finds no violations on any built page in the light theme', async () => {
    expect(await auditSite('light')).toEqual({});
  });

  // Only colours change between themes, so the dark pass checks contrast alone.
  it('finds no contrast violations on any built page in the dark theme', async () => {
    expect(await auditSite('dark', ['color-contrast'])).toEqual({});
  });
});
