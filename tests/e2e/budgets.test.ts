import { describe, expect, it } from 'vitest';
import { useSite } from './support/session.ts';

const site = useSite();
const BUDGET_BYTES = 150 * 1024;

describe('page budgets', () => {
  it.each(['/archetypes/drivers/', '/archetypes/users/'])(
    '%s transfers no more than 150 KB, compressed as a static host serves it (not the search index or PDFs)',
    async (path) => {
      const page = await site.open('/404.html');
      const sizes: Array<{ url: string; bytes: number }> = [];
      const pending: Array<Promise<void>> = [];
      page.on('requestfinished', (request) => {
        const url = request.url();
        if (url.includes('/pagefind/') || url.endsWith('.pdf')) return;
        pending.push(request.sizes().then((s) => void sizes.push({ url, bytes: s.responseBodySize })));
      });
      await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
      await Promise.all(pending);
      const total = sizes.reduce((sum, s) => sum + s.bytes, 0);
      expect(total, JSON.stringify(sizes, null, 1)).toBeLessThanOrEqual(BUDGET_BYTES);
      await page.close();
    },
  );

  it('gives every image its dimensions', async () => {
    const page = await site.open('/');
    const missing: string[] = [];
    for (const path of ['/', '/archetypes/drivers/', '/matrix/', '/syllabi/', '/downloads/']) {
      await page.goto(`${site.url}${path}`);
      missing.push(
        ...(await page.$$eval('img', (images) =>
          images
            .filter((img) => !img.getAttribute('width') || !img.getAttribute('height'))
            .map((img) => img.src),
        )),
      );
    }
    expect(missing).toEqual([]);
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('shows archetypes, competencies, the matrix, the full browse list and every syllabus', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/archetypes/drivers/`);
    expect(await page.$$eval('.competency-table tbody tr', (rows) => rows.length)).toBeGreaterThan(12);
    await page.goto(`${site.url}/matrix/`);
    expect(await page.$$eval('table.matrix tbody th[scope="row"]', (rows) => rows.length)).toBeGreaterThan(
      60,
    );
    await page.goto(`${site.url}/browse/`);
    expect(await page.$$eval('#browse-list li:not([hidden])', (rows) => rows.length)).toBeGreaterThan(60);
    await page.goto(`${site.url}/syllabi/`);
    expect(await page.$$eval('a[href$=".pdf"]', (links) => links.length)).toBeGreaterThanOrEqual(31);
    await context.close();
  });
});
