import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useSite } from './support/session.ts';

const site = useSite();
const SCREENSHOTS = 'test-results/screenshots';
const PAGES = {
  home: '/',
  archetype: '/archetypes/drivers/',
  competency: '/competencies/weighing-ai-output-in-decisions/',
  matrix: '/matrix/',
  browse: '/browse/',
};
const WIDTHS = { phone: { width: 390, height: 844 }, desktop: { width: 1366, height: 900 } };

describe.each(Object.entries(WIDTHS))('at %s width', (device, viewport) => {
  it.each(Object.entries(PAGES))('%s page fits the screen and is photographed', async (name, path) => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const page = await site.open(path, { ...viewport, waitUntil: 'networkidle' });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SCREENSHOTS}/${device}-${name}.png`, fullPage: true });
    await page.close();
  });
});
