// npm run screenshots: photographs the key pages of the built dist/ at phone and desktop
// widths, in the light and the dark theme, into test-results/screenshots/, so a person can look
// at them before a change is handed in. Needs Chromium (see README).
//   npm run screenshots                  every page below
//   npm run screenshots -- /levels/ ...  only these paths
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/e2e/support/browser.ts';
import { DIST } from '../tests/e2e/support/site.ts';
import { serveStatic } from '../tests/e2e/support/static-server.ts';

/** What to do on a page before it is photographed, for views that need a reader's action. */
type Action = (page: Page) => Promise<void>;

const searchFor =
  (words: string): Action =>
  async (page) => {
    await page.click('site-search button[data-open-modal]');
    await page.fill('#starlight__search .pagefind-ui__search-input', words);
    await page.waitForSelector('.pagefind-ui__result-link', { timeout: 15_000 });
  };

const SHOTS: { name: string; path: string; action?: Action }[] = [
  { name: 'home', path: '/' },
  { name: 'archetypes', path: '/archetypes/' },
  { name: 'archetype-drivers', path: '/archetypes/drivers/' },
  { name: 'competency', path: '/competencies/countering-automation-bias/' },
  { name: 'matrix', path: '/matrix/' },
  { name: 'browse', path: '/browse/' },
  { name: 'search-results', path: '/', action: searchFor('automation bias') },
  { name: 'recommendations', path: '/recommendations/?audience=education-providers' },
  { name: 'downloads', path: '/downloads/' },
  { name: 'syllabus-builder', path: '/syllabi/' },
];
const chosen = process.argv.slice(2);
const shots = chosen.length
  ? chosen.map((path) => ({ name: path.replace(/^\/|\/$/g, '').replaceAll('/', '_') || 'home', path }))
  : SHOTS;
const WIDTHS = { phone: { width: 390, height: 844 }, desktop: { width: 1366, height: 900 } };
const THEMES = ['light', 'dark'] as const;
const OUT = 'test-results/screenshots';

mkdirSync(OUT, { recursive: true });
const server = await serveStatic(DIST);
const browser = await launchBrowser();
try {
  for (const [width, viewport] of Object.entries(WIDTHS)) {
    for (const colorScheme of THEMES) {
      const page = await browser.newPage({ viewport, colorScheme });
      for (const { name, path, action } of shots as typeof SHOTS) {
        await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
        await action?.(page);
        const file = `${OUT}/${name}-${width}-${colorScheme}.png`;
        // A search dialog is photographed as the reader sees it; pages whole.
        await page.screenshot({ path: file, fullPage: !action });
        console.log(file);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
