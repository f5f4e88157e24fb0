import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { competenciesFor } from '../../src/framework/index.ts';
import { loadProjectFramework } from './support/framework.ts';
import { useSite } from './support/session.ts';

const site = useSite();
const framework = loadProjectFramework();

async function visibleRows(page: Page): Promise<number> {
  return page.$$eval('#browse-list li', (rows) => rows.filter((row) => !(row as HTMLElement).hidden).length);
}

async function waitForStatus(page: Page, count: number) {
  await page.waitForFunction(
    (expected) => document.querySelector('#browse-status')?.textContent?.startsWith(`Showing ${expected} of`),
    count,
  );
}

describe('browse competencies', () => {
  it('lists every competency without JavaScript', async () => {
    const page = await site.open('/browse/');
    expect(await page.$$eval('#browse-list li', (rows) => rows.length)).toBe(framework.competencies.length);
    await page.close();
  });

  it('filters by archetype with the right count, and shows counts for each choice', async () => {
    const users = framework.archetypes.find((a) => a.id === 'users')!;
    const expected = competenciesFor(framework, 'users').length;
    const page = await site.open('/browse/');
    await waitForStatus(page, framework.competencies.length);
    expect(await page.textContent('#filter-archetype option[value="Users"]')).toBe(`Users (${expected})`);
    await page.selectOption('#filter-archetype', users.name);
    await waitForStatus(page, expected);
    expect(await visibleRows(page)).toBe(expected);
    expect(page.url()).toContain('archetype=Users');
    await page.close();
  });

  it('combines archetype and domain filters with the right count', async () => {
    const domain = framework.domains.find((d) => d.id === 'procurement-and-business-case')!;
    const expected = competenciesFor(framework, 'drivers').filter((c) => c.domain === domain.id).length;
    const page = await site.open(`/browse/?archetype=Drivers`);
    await page.waitForSelector('#browse-filters:not([hidden])');
    await page.selectOption('#filter-domain', domain.name);
    await waitForStatus(page, expected);
    expect(await visibleRows(page)).toBe(expected);
    expect(expected).toBeGreaterThan(0);
    await page.close();
  });

  it('reads the level for the chosen archetype, not for any archetype', async () => {
    const expert = framework.levels.at(-1)!;
    const expected = competenciesFor(framework, 'users').filter(
      (c) => c.requirements.find((r) => r.archetype === 'users')!.level.id === expert.id,
    ).length;
    const page = await site.open(`/browse/?archetype=Users&level=${encodeURIComponent(expert.name)}`);
    await waitForStatus(page, expected);
    expect(await visibleRows(page)).toBe(expected);
    await page.close();
  });
});
