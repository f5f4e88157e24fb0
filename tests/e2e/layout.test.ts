import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from './support/session.ts';
import { sitePaths } from './support/site.ts';

const site = useSite();
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };

/** How far the page scrolls sideways beyond the window (0 when it fits). */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('on a phone (390 px wide)', () => {
  it('no page of the site scrolls sideways', async () => {
    const queue = sitePaths();
    const overflowing: string[] = [];
    // Two pages at a time: one per core.
    const worker = async () => {
      const page = await site.open('/404.html', PHONE);
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
        const overflow = await sidewaysOverflow(page);
        if (overflow > 0) overflowing.push(`${path} (${overflow} px)`);
      }
      await page.close();
    };
    await Promise.all([worker(), worker()]);
    expect(overflowing.sort()).toEqual([]);
  });

  it.each([
    ['/archetypes/', '#compare-caption'],
    ['/matrix/', '.matrix caption'],
    ['/competencies/countering-automation-bias/', '#progression-caption'],
  ])(
    '%s: the wide table scrolls in its own region, keeping its first column and caption in view',
    async (path, caption) => {
      const page = await site.open(path, PHONE);
      const region = page
        .locator('.table-scroll')
        .filter({ has: page.locator(caption) })
        .first();
      await region.scrollIntoViewIfNeeded();
      const sizes = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
      expect(sizes.scroll, 'the table is wider than the screen').toBeGreaterThan(sizes.client);
      const firstCell = region.locator('tbody tr:not(.matrix-domain) > :first-child').first();
      const before = await firstCell.boundingBox();
      await region.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
      const after = await firstCell.boundingBox();
      expect(after!.x, 'the first column moved out of view').toBeCloseTo(before!.x, 0);
      const captionBox = await page.locator(caption).boundingBox();
      expect(captionBox!.x).toBeGreaterThanOrEqual(0);
      expect(captionBox!.x + captionBox!.width, 'the caption is cut off').toBeLessThanOrEqual(PHONE.width);
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      await page.close();
    },
  );

  it('search folds its filters away until asked, so the first results are in view', async () => {
    const page = await site.open('/', PHONE);
    await page.click('site-search button[data-open-modal]');
    await page.fill('#starlight__search .pagefind-ui__search-input', 'procurement');
    await page.waitForSelector('.pagefind-ui__result-link', { timeout: 15_000 });
    const toggle = page.locator('.search-filters-toggle');
    await expect.poll(() => toggle.isVisible()).toBe(true);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('.pagefind-ui__filter-panel').isVisible()).toBe(false);
    const first = await page.locator('.pagefind-ui__result-link').first().boundingBox();
    expect(first!.y + first!.height, 'the first result is below the screen').toBeLessThan(PHONE.height);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => page.locator('.pagefind-ui__filter-panel').isVisible()).toBe(true);
    await page.close();
  });
});

describe('at desktop width (1366 px)', () => {
  it('the matrix keeps its column headers on screen as the reader scrolls down it', async () => {
    const page = await site.open('/matrix/', DESKTOP);
    // As a reader does: bring the matrix into view (below the site's header), then scroll its rows.
    await page
      .locator('.matrix-scroll')
      .first()
      .evaluate((el) => {
        el.scrollIntoView();
        el.scrollTop = el.scrollHeight / 2;
      });
    const seen = await page.evaluate(() => {
      const th = document.querySelector('.matrix thead th:nth-child(2)')!;
      const box = th.getBoundingClientRect();
      const atCentre = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return { top: box.top, bottom: box.bottom, text: atCentre?.closest('th')?.textContent ?? '' };
    });
    expect(seen.top, 'the header scrolled above the window').toBeGreaterThanOrEqual(0);
    expect(seen.bottom).toBeLessThanOrEqual(DESKTOP.height);
    expect(seen.text, 'the header is covered (by the rows or the site header)').toMatch(/Shapers/);
    await page.close();
  });

  it('no page of the main kinds scrolls sideways', async () => {
    for (const path of ['/', '/archetypes/', '/matrix/', '/browse/', '/recommendations/', '/downloads/']) {
      const page = await site.open(path, DESKTOP);
      expect(await sidewaysOverflow(page), path).toBeLessThanOrEqual(0);
      await page.close();
    }
  });
});

describe('search when the connection drops', () => {
  const open = (page: Page) => page.click('site-search button[data-open-modal]');
  const box = '#starlight__search .pagefind-ui__search-input';
  const results = '.pagefind-ui__result-link';

  async function offlinePage() {
    const context = await site.browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await page.goto(`${site.url}/`, { waitUntil: 'load' });
    return { context, page, error: page.locator('.search-error') };
  }

  it('says so when the search box itself cannot load, and works after "Try again" once back online', async () => {
    const context = await site.browser.newContext({ viewport: DESKTOP });
    // The search box's code fails to load, whenever the page asks for it (as on a dropped connection).
    const blocked = '**/_astro/ui-core*.js';
    await context.route(blocked, (route) => route.abort('internetdisconnected'));
    const page = await context.newPage();
    await page.goto(`${site.url}/`, { waitUntil: 'load' });
    const error = page.locator('.search-error');
    await open(page);
    await expect.poll(() => error.isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await error.getAttribute('role')).toBe('alert');
    expect(await error.textContent()).toMatch(/could not load.*Try again/);
    await context.unroute(blocked);
    await Promise.all([page.waitForEvent('load'), error.getByRole('button', { name: 'Try again' }).click()]);
    await page.waitForSelector(box, { timeout: 15_000 });
    await page.fill(box, 'procurement');
    await page.waitForSelector(results, { timeout: 15_000 });
    await context.close();
  });

  it('says so when the index cannot be fetched for a search, and "Try again" runs it once back online', async () => {
    const { context, page, error } = await offlinePage();
    await open(page);
    await page.waitForSelector(box, { timeout: 15_000 });
    await context.setOffline(true);
    await page.fill(box, 'procurement');
    await expect.poll(() => error.isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await page.locator(results).count()).toBe(0);
    await context.setOffline(false);
    await Promise.all([page.waitForEvent('load'), error.getByRole('button', { name: 'Try again' }).click()]);
    // The page comes back with the search open and the reader's words searched again.
    await page.waitForSelector(results, { timeout: 15_000 });
    expect(await page.inputValue(box)).toBe('procurement');
    expect(await error.isVisible()).toBe(false);
    await context.close();
  });
});

describe('recommendation filters', () => {
  /** The recommendations in view, each once (one addressed to two audiences is listed under both). */
  const shown = (page: Page) =>
    page.$$eval('li[data-recommendation]', (items) => [
      ...new Set(
        items
          .filter((li) => (li as HTMLElement).offsetParent !== null)
          .map((li) => li.getAttribute('data-recommendation')),
      ),
    ]);

  it('narrow the list by who acts and what is asked, and keep the choice in a shareable address', async () => {
    const page = await site.open('/recommendations/');
    const all = await shown(page);
    expect(all.length).toBeGreaterThan(5);
    await page.selectOption('#filter-audience', 'education-providers');
    await page.selectOption('#filter-asks', 'curriculum');
    const filtered = await shown(page);
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.length).toBeLessThan(all.length);
    expect(new URL(page.url()).search).toBe('?audience=education-providers&asks=curriculum');
    expect(await page.locator('#recommendation-status').textContent()).toMatch(/^\d+ recommendations?\.$/);

    const shared = await site.open(`/recommendations/${new URL(page.url()).search}`);
    expect(await shared.inputValue('#filter-audience')).toBe('education-providers');
    expect(await shared.inputValue('#filter-asks')).toBe('curriculum');
    expect(await shown(shared)).toEqual(filtered);
    await page.close();
    await shared.close();
  });

  it('say how many match, for every choice, and say so when none does', async () => {
    const page = await site.open('/recommendations/');
    const options = (select: string) =>
      page.$$eval(`${select} option`, (all) => all.map((o) => (o as HTMLOptionElement).value));
    let none = 0;
    for (const audience of await options('#filter-audience')) {
      for (const asks of await options('#filter-asks')) {
        await page.selectOption('#filter-audience', audience);
        await page.selectOption('#filter-asks', asks);
        const count = (await shown(page)).length;
        const status = await page.locator('#recommendation-status').textContent();
        if (count === 0) none++;
        expect(status, `${audience} × ${asks}`).toBe(
          count === 0
            ? 'No recommendation matches: choose another option.'
            : `${count} ${count === 1 ? 'recommendation' : 'recommendations'}.`,
        );
      }
    }
    expect(none, 'some choice matches nothing, so the empty message was seen').toBeGreaterThan(0);
    await page.close();
  });
});
