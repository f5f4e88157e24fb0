// The old address of every competency merged into another still answers, and leads the
// reader (and the browser) to the competency it was merged into.
import { describe, expect, it } from 'vitest';
import { loadProjectFramework } from './support/framework.ts';
import { useSite } from './support/session.ts';

const site = useSite();
const { moved } = loadProjectFramework();

describe('merged competencies', () => {
  it('exist, so this test checks something', () => {
    expect(moved.map((m) => m.from)).toEqual(
      expect.arrayContaining(['recognising-automation-bias', 'ai-lifetime-costs']),
    );
  });

  it.each(moved.map((m) => [m.from, m.to.id] as const))(
    '/competencies/%s/ leads to /competencies/%s/',
    async (from, to) => {
      const page = await site.open(`/competencies/${from}/`);
      await page.waitForURL(`**/competencies/${to}/`);
      expect(new URL(page.url()).pathname).toBe(`/competencies/${to}/`);
      await page.close();
    },
  );

  it('say where the competency went, with a link, for a browser that does not follow the redirect', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    // Without following the refresh: read the page as served.
    const response = await page.request.get(`${site.url}/competencies/countering-automation-bias/`);
    const html = await response.text();
    expect(html).toContain(
      '<meta http-equiv="refresh" content="0; url=/competencies/weighing-ai-output-in-decisions/"',
    );
    expect(html).toMatch(/<a href="\/competencies\/weighing-ai-output-in-decisions\/">/);
    expect(html).toContain('<meta name="robots" content="noindex"');
    await context.close();
  });
});
