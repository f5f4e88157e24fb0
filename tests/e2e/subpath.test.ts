// The site built for a sub-path (SITE_URL=https://example.org/some/path/, as for a GitHub
// project site) and served under it: its pages, assets, search, browse filters, syllabus
// builder, PDFs, redirects, canonical addresses and exports all work there, the build's link
// check passed, and nothing it publishes names another address.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { readPdf } from '../pdf/read-pdf.ts';
import { authorEnvironment } from '../helpers.ts';
import { useSite } from './support/session.ts';
import { redirects } from './support/site.ts';

const SITE_URL = 'https://example.org/some/path/';
const BASE = '/some/path/';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

// Built once, before the server starts (the build's own link check runs in it).
const folder = mkdtempSync(join(tmpdir(), 'subpath-'));
const dist = join(folder, 'dist');
const buildOutput = execFileSync(process.execPath, [ASTRO, 'build', '--outDir', dist], {
  cwd: ROOT,
  env: authorEnvironment({ SITE_URL }),
  encoding: 'utf8',
  maxBuffer: 64 * 2 ** 20,
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const site = useSite(() => ({ dist: `${dist}/`, base: BASE }));

/** Opens a page of the site under its base path, recording any request to the server that failed. */
async function open(path: string): Promise<{ page: Page; failed: string[] }> {
  const failed: string[] = [];
  const page = await site.browser.newPage();
  page.on('response', (response) => {
    if (response.url().startsWith(site.url) && response.status() >= 400)
      failed.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(`${site.url}${BASE}${path.replace(/^\//, '')}`, { waitUntil: 'networkidle' });
  return { page, failed };
}

const files = () => readdirSync(dist, { recursive: true, encoding: 'utf8' });

describe('a build for a sub-path', () => {
  it('passes its own link check', () => {
    expect(buildOutput).toContain('Built the site, syllabi and exports');
    expect(buildOutput).toMatch(/checked the links of \d+ pages/);
  });

  it.each([
    '/',
    '/archetypes/users/',
    '/competencies/clinical-safety-for-ai/',
    '/matrix/',
    '/downloads/',
    '/how-to-use/',
    '/syllabi/users/learner/',
    '/no-such-page/',
  ])('serves %s with every asset it asks for', async (path) => {
    const { page, failed } = await open(path);
    expect(failed.filter((f) => !f.endsWith('/no-such-page/'))).toEqual([]);
    const hrefs = await page.$$eval('a[href^="/"]', (links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs.filter((href) => !href.startsWith('/some/path/'))).toEqual([]);
    await page.close();
  });

  it('gives every page a canonical address under SITE_URL', () => {
    const home = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(home).toContain(`<link rel="canonical" href="${SITE_URL}"`);
    const competency = readFileSync(join(dist, 'competencies/clinical-safety-for-ai/index.html'), 'utf8');
    expect(competency).toContain(`href="${SITE_URL}competencies/clinical-safety-for-ai/"`);
  });

  it('sends the old address of a merged competency to its new page under the base path', async () => {
    const moved = files().find(
      (file) =>
        /^competencies\/[^/]+\/index\.html$/.test(file) &&
        redirects(`/${file.replace(/index\.html$/, '')}`, `${dist}/`),
    );
    expect(moved).toBeDefined();
    const { page } = await open(`/${moved!.replace(/index\.html$/, '')}`);
    await page.waitForURL(
      (url) =>
        url.pathname.startsWith(`${BASE}competencies/`) && !url.pathname.includes(moved!.split('/')[1]!),
    );
    expect(await page.title()).not.toMatch(/moved/i);
    await page.close();
  });

  it('finds pages with the search box, leading under the base path', async () => {
    const { page } = await open('/');
    await page.click('site-search button[data-open-modal]');
    await page.fill('#starlight__search .pagefind-ui__search-input', 'DTAC');
    await page.waitForSelector('.pagefind-ui__result-link', { timeout: 15_000 });
    const first = await page.$eval('.pagefind-ui__result-link', (a) => a.getAttribute('href'));
    expect(first).toBe(`${BASE}competencies/digital-technology-assessment-criteria/`);
    await page.close();
  });

  it('filters the browse page with the search index under the base path', async () => {
    const { page, failed } = await open('/browse/?archetype=Users');
    await page.waitForFunction(() =>
      /^Showing \d+ of/.test(document.querySelector('#browse-status')?.textContent ?? ''),
    );
    const visible = await page.$$eval(
      '#browse-list li',
      (rows) => rows.filter((row) => !(row as HTMLElement).hidden).length,
    );
    const all = await page.$$eval('#browse-list li', (rows) => rows.length);
    expect(visible).toBeGreaterThan(0);
    expect(visible).toBeLessThan(all);
    expect(failed).toEqual([]);
    await page.close();
  });

  it('builds a syllabus whose links and PDF work under the base path', async () => {
    const { page } = await open('/syllabi/');
    const pdf = await page.$eval('a[type="application/pdf"]', (a) => a.getAttribute('href')!);
    expect(pdf.startsWith(`${BASE}syllabi/`)).toBe(true);
    const response = await page.request.get(`${site.url}${pdf}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    await page.close();
  });

  it('names the site in its PDFs and exports, and no other address', async () => {
    const users = await readPdf(readFileSync(join(dist, 'syllabi/users.learner.pdf')));
    expect(users.text.replace(/\s+/g, '')).toContain(`${SITE_URL}syllabi/users/`);
    for (const file of files().filter((f) => /\.(html|json|csv|xml)$/.test(f))) {
      expect(readFileSync(join(dist, file), 'utf8'), file).not.toMatch(/localhost|127\.0\.0\.1/);
    }
    const framework = JSON.parse(readFileSync(join(dist, 'framework.json'), 'utf8'));
    expect(framework.framework.url).toBe(SITE_URL);
    expect(framework.competencies[0].url.startsWith(`${SITE_URL}competencies/`)).toBe(true);
    const caseUris = readFileSync(
      join(
        dist,
        files().find((f) => f.startsWith('case/v1p1/CFPackages/'))!,
      ),
      'utf8',
    );
    expect(
      [...caseUris.matchAll(/"uri": "([^"]+)"/g)].every((m) => m[1]!.startsWith(`${SITE_URL}case/v1p1/`)),
    ).toBe(true);
  });
});
