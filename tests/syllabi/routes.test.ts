import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { syllabusRoutes } from '../../src/framework/index.ts';
import { realFramework } from '../pdf/load-real.ts';

const ROOT = new URL('../../', import.meta.url);
const routes = syllabusRoutes(realFramework());

describe('syllabus routes', () => {
  it('publish one web page and one PDF for each of the 31 combinations of the five archetypes', () => {
    expect(routes).toHaveLength(31);
    expect(new Set(routes.map((r) => r.slug)).size).toBe(31);
    for (const route of routes) {
      expect(route.page).toBe(`/syllabi/${route.slug}/`);
      expect(route.pdf).toBe(`/syllabi/${route.slug}.pdf`);
    }
  });

  it('are the list both the page route and the PDF route are generated from', () => {
    // If either route built its paths another way, a page could lack its PDF or the reverse.
    for (const file of ['[slug].astro', '[slug].pdf.ts']) {
      const source = readFileSync(new URL(`src/pages/syllabi/${file}`, ROOT), 'utf8');
      expect(source, file).toMatch(/getStaticPaths[\s\S]*syllabusRoutes\(await loadFramework\(\)\)/);
    }
  });

  const dist = fileURLToPath(new URL('dist/syllabi/', ROOT));
  it.skipIf(!existsSync(dist))('are all in dist/ after npm run build, each page with its PDF', () => {
    const built = readdirSync(dist);
    for (const route of routes) {
      expect(built, route.page).toContain(route.slug);
      expect(existsSync(`${dist}${route.slug}/index.html`), route.page).toBe(true);
      expect(built, route.pdf).toContain(`${route.slug}.pdf`);
      expect(readFileSync(`${dist}${route.slug}.pdf`).subarray(0, 5).toString()).toBe('%PDF-');
    }
    const pages = built.filter((name) => existsSync(`${dist}${name}/index.html`));
    const pdfs = built.filter((name) => name.endsWith('.pdf'));
    expect(pages.map((name) => `${name}.pdf`).sort()).toEqual(pdfs.sort());
  });
  if (!existsSync(dist))
    console.info('Skipping the dist/ check: run npm run build first to check the built syllabi.');
});
