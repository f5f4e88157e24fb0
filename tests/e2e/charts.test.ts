import { describe, expect, it } from 'vitest';
import { useSite } from './support/session.ts';

const site = useSite();

/** Every chart on the pages that have them: the archetype profile, the comparison, the syllabus hours. */
const PAGES = ['/archetypes/drivers/', '/archetypes/', '/syllabi/drivers/', '/syllabi/drivers-users/'];

describe('charts', () => {
  it.each(PAGES)(
    '%s: are drawn without JavaScript, and print the numbers their table gives',
    async (path) => {
      const context = await site.browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${site.url}${path}`);
      const charts = await page.$$eval('figure.bar-chart', (figures) =>
        figures.map((figure) => ({
          id: figure.id,
          bars: figure.querySelectorAll('svg.chart-bar rect').length,
          drawn: [...figure.querySelectorAll('svg.chart-bar')].every(
            (svg) => svg.getBoundingClientRect().height > 0,
          ),
          caption: figure.querySelector('figcaption')?.textContent ?? '',
          printed: [...figure.querySelectorAll('.chart-rows li')].map((li) => ({
            label: li.querySelector('.chart-label')?.textContent?.trim(),
            total: Number(/^([\d.]+)/.exec(li.querySelector('.chart-value')?.textContent?.trim() ?? '')?.[1]),
          })),
          table: [...figure.querySelectorAll('table tbody tr')].map((tr) => ({
            label: tr.querySelector('th')?.textContent?.trim(),
            total: Number(tr.querySelector('td:last-child')?.textContent),
          })),
        })),
      );
      expect(charts.length).toBeGreaterThan(0);
      for (const chart of charts) {
        expect(chart.bars, chart.id).toBeGreaterThan(0);
        expect(chart.drawn, chart.id).toBe(true);
        expect(chart.caption, chart.id).not.toBe('');
        if (chart.table.length > 0) expect(chart.table, chart.id).toEqual(chart.printed);
      }
      await context.close();
    },
  );

  it('the syllabus hours by part match the hours table below them, part by part', async () => {
    const page = await site.open('/syllabi/drivers/');
    const printed = await page.$$eval('#hours-by-part .chart-rows li', (items) =>
      items.map((li) => Number(/^([\d.]+)/.exec(li.querySelector('.chart-value')!.textContent!.trim())![1])),
    );
    const table = await page.$$eval('table.hours-table tbody tr', (rows) =>
      rows.map((tr) => Number(tr.children[2]!.textContent) + Number(tr.children[3]!.textContent)),
    );
    expect(printed).toEqual(table);
    await page.close();
  });

  it('hide their bars from screen readers, which read the labels and numbers', async () => {
    const page = await site.open('/archetypes/drivers/');
    expect(
      await page.$$eval('svg.chart-bar', (svgs) =>
        svgs.every((s) => s.getAttribute('aria-hidden') === 'true'),
      ),
    ).toBe(true);
    await page.close();
  });

  it("the syllabus builder shows the chosen combination's profile, and changes it with the choice", async () => {
    const page = await site.open('/syllabi/?a=drivers,users');
    const chart = page.locator('[data-profile-shown] figure.bar-chart');
    expect(await chart.getAttribute('id')).toBe('profile-drivers-users');
    expect(await chart.locator('figcaption').textContent()).toMatch(/Drivers and Users/);
    const printed = await chart.locator('.chart-value').allTextContents();
    const table = await chart.locator('table tbody td:last-child').allTextContents();
    expect(printed.map((t) => Number(/^[\d.]+/.exec(t.trim())![0]))).toEqual(table.map(Number));
    await page.uncheck('input[name="a"][value="drivers"]');
    expect(await page.locator('[data-profile-shown] figure.bar-chart').getAttribute('id')).toBe(
      'profile-users',
    );
    await page.uncheck('input[name="a"][value="users"]');
    expect(await page.locator('[data-profile-shown] figure').count()).toBe(0);
    await page.close();
  });
});
