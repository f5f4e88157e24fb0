import { describe, expect, it } from 'vitest';
import { readSite } from '../../src/integration/read-site.ts';
import { useSite } from './support/session.ts';
import { DIST } from './support/site.ts';

const site = useSite();
const built = readSite(DIST);

describe('security of the built site', () => {
  it('gives every page a Content-Security-Policy before any script', () => {
    const missing = [...built.pages].filter(([, html]) => {
      const policy = html.indexOf('http-equiv="Content-Security-Policy"');
      return policy < 0 || policy > html.indexOf('<script');
    });
    expect(missing.map(([path]) => path)).toEqual([]);
  });

  it('has no inline event handlers or javascript: links on any page', () => {
    const unsafe = [...built.pages].flatMap(([path, html]) =>
      [...html.matchAll(/<[^>]+\s(on[a-z]+)=|(?:href|src)="\s*javascript:/gi)].map(
        (m) => `${path}: ${m[0].slice(0, 60)}`,
      ),
    );
    expect(unsafe).toEqual([]);
  });

  it('runs every page type, search included, without a policy violation', async () => {
    const violations: string[] = [];
    const page = await site.open('/');
    page.on('console', (message) => {
      if (/Content Security Policy/.test(message.text()))
        violations.push(`${page.url()}: ${message.text().slice(0, 120)}`);
    });
    for (const path of [
      '/',
      '/archetypes/drivers/',
      '/competencies/weighing-ai-output-in-decisions/',
      '/matrix/',
      '/browse/?archetype=Users',
      '/syllabi/?a=drivers,users',
      '/downloads/',
    ]) {
      await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
    }
    await page.click('site-search button[data-open-modal]');
    await page.fill('#starlight__search .pagefind-ui__search-input', 'liability');
    await page.waitForSelector('.pagefind-ui__result-link');
    expect(violations).toEqual([]);
    await page.close();
  });

  it('loads nothing from another origin', async () => {
    const foreign: string[] = [];
    const page = await site.open('/');
    page.on('request', (request) => {
      if (!request.url().startsWith(site.url) && !request.url().startsWith('data:'))
        foreign.push(request.url());
    });
    for (const path of ['/', '/archetypes/users/', '/browse/', '/syllabi/']) {
      await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
    }
    expect(foreign).toEqual([]);
    await page.close();
  });
});
