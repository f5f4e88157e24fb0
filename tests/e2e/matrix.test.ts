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
});
