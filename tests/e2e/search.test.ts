import { describe, expect, it } from 'vitest';
import { useSite } from './support/session.ts';

const site = useSite();

/** The titles of the search results for a typed query, in order. */
async function searchFor(query: string): Promise<string[]> {
  const page = await site.open('/');
  await page.click('site-search button[data-open-modal]');
  await page.fill('#starlight__search .pagefind-ui__search-input', query);
  await page.waitForSelector('.pagefind-ui__result-link', { timeout: 15_000 });
  const titles = await page.$$eval('.pagefind-ui__result-link', (links) =>
    links.map((a) => a.textContent ?? ''),
  );
  await page.close();
  return titles;
}

describe('search', () => {
  it.each([
    ['automation bias', /automation bias/i],
    ['procurement', /procure/i],
    ['liability', /liability/i],
  ])('finds "%s" with an obviously right first result', async (query, expected) => {
    const titles = await searchFor(query);
    expect(titles.length).toBeGreaterThan(0);
    expect(titles[0]).toMatch(expected);
  });
});
