import { describe, expect, it } from 'vitest';
import { loadProjectFramework } from './support/framework.ts';
import { useSite } from './support/session.ts';

const site = useSite();
const framework = loadProjectFramework();

describe('competency matrix', () => {
  it('is a data table with a caption, column headers and a row header per competency', async () => {
    const page = await site.open('/matrix/');
    expect(await page.textContent('table.matrix caption')).toContain(
      `${framework.competencies.length} competencies`,
    );
    expect(await page.$$eval('table.matrix thead th[scope="col"]', (ths) => ths.length)).toBe(
      framework.archetypes.length + 1,
    );
    expect(await page.$$eval('table.matrix tbody th[scope="row"]', (ths) => ths.length)).toBe(
      framework.competencies.length,
    );
    await page.close();
  });

  it('can be reached, scrolled and followed with the keyboard alone', async () => {
    const page = await site.open('/matrix/', { width: 390, height: 844 });
    await page.focus('.matrix-scroll');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('region');
    const before = await page.$eval('.matrix-scroll', (el) => el.scrollLeft);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    // Arrow keys scroll the focused region (smoothly, so wait for it to move).
    await page.waitForFunction(
      (start) => document.querySelector('.matrix-scroll')!.scrollLeft > start,
      before,
    );
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() =>
      (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href'),
    );
    expect(focused).toBe(`/archetypes/${framework.archetypes[0]!.id}/`);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/archetypes/${framework.archetypes[0]!.id}/`);
    await page.close();
  });

  it('shades each cell by its level, with a key, and keeps the level name in the cell', async () => {
    const page = await site.open('/matrix/');
    const shade = (rank: number) =>
      page.$eval(`table.matrix td[data-rank="${rank}"]`, (td) => getComputedStyle(td).backgroundColor);
    const shades = await Promise.all(framework.levels.map((l) => shade(l.rank)));
    expect(new Set(shades).size, 'each level has its own shade').toBe(framework.levels.length);
    const key = await page.$$eval('.matrix-legend li', (items) => items.map((li) => li.textContent?.trim()));
    expect(key).toEqual([...framework.levels.map((l) => l.name), 'Not needed']);
    const texts = await page.$$eval('table.matrix td[data-rank]', (cells) =>
      cells.map((td) => td.textContent),
    );
    for (const text of texts) expect(framework.levels.map((l) => l.name)).toContain(text);
    await page.close();
  });

  it('sums each domain up per archetype, and folds a domain (or all) to that summary', async () => {
    const page = await site.open('/matrix/');
    const domain = framework.domains.find((d) => framework.competencies.some((c) => c.domain === d.id))!;
    const body = page.locator(`tbody#matrix-${domain.id}-rows`);
    const rows = body.locator('tr.matrix-row');
    const inDomain = framework.competencies.filter((c) => c.domain === domain.id);
    expect(await rows.count()).toBe(inDomain.length);
    const summary = await body.locator('td.matrix-summary').allTextContents();
    const needed = (archetype: string) =>
      inDomain.filter((c) => c.requirements.some((r) => r.archetype === archetype));
    framework.archetypes.forEach((a, i) => {
      const total = [...summary[i]!.matchAll(/(\d+) /g)].reduce((sum, m) => sum + Number(m[1]), 0);
      expect(total, a.name).toBe(needed(a.id).length);
    });

    const fold = body.locator('button.matrix-fold');
    expect(await fold.getAttribute('aria-expanded')).toBe('true');
    await fold.focus();
    await page.keyboard.press('Enter');
    expect(await fold.getAttribute('aria-expanded')).toBe('false');
    expect(await rows.first().isVisible()).toBe(false);
    expect(await body.locator('tr.matrix-domain').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await rows.first().isVisible()).toBe(true);

    await page.click('button[data-fold="collapse"]');
    expect(await page.locator('table.matrix tr.matrix-row:visible').count()).toBe(0);
    await page.click('button[data-fold="expand"]');
    expect(await page.locator('table.matrix tr.matrix-row:visible').count()).toBe(
      framework.competencies.length,
    );
    await page.close();
  });

  it('shows every competency and no fold buttons without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/matrix/`);
    expect(await page.locator('table.matrix tr.matrix-row:visible').count()).toBe(
      framework.competencies.length,
    );
    expect(await page.locator('button.matrix-fold, .matrix-fold-all:visible').count()).toBe(0);
    await context.close();
  });
});
