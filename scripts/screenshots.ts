// npm run screenshots: photographs key pages of the built dist/ at phone and desktop widths
// into test-results/screenshots/, so a person can look at them. Needs Chromium (see README).
import { mkdirSync } from 'node:fs';
import { launchBrowser } from '../tests/e2e/support/browser.ts';
import { DIST } from '../tests/e2e/support/site.ts';
import { serveStatic } from '../tests/e2e/support/static-server.ts';

const PAGES = process.argv.slice(2).length
  ? process.argv.slice(2)
  : [
      '/',
      '/archetypes/',
      '/archetypes/drivers/',
      '/competencies/weighing-ai-output-in-decisions/',
      '/matrix/',
      '/browse/',
    ];
const WIDTHS = { phone: { width: 390, height: 844 }, desktop: { width: 1366, height: 900 } };
const OUT = 'test-results/screenshots';

mkdirSync(OUT, { recursive: true });
const server = await serveStatic(DIST);
const browser = await launchBrowser();
for (const [name, viewport] of Object.entries(WIDTHS)) {
  const page = await browser.newPage({ viewport });
  for (const path of PAGES) {
    await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
    const file = `${OUT}/${name}${path.replace(/\/$/, '').replaceAll('/', '_') || '_home'}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
  await page.close();
}
await browser.close();
await server.close();
