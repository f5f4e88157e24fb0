import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { syllabusRoutes } from '../../src/framework/index.ts';
import { realFramework } from '../pdf/load-real.ts';

const ROOT = new URL('../../', import.meta.url);
const routes = syllabusRoutes(realFramework());

describe('syllabus routes', () => {
  it('publish both editions, each a web page and a PDF, for each of the 31 combinations of the archetypes', () => {
    expect(routes).toHaveLength(31);
    expect(new Set(routes.map((r) => r.slug)).size).toBe(31);
    for (const route of routes) {
      expect(route.editions.provider).toEqual({
        page: `/syllabi/${route.slug}/`,
        pdf: `/syllabi/${route.slug}.pdf`,
      });
      expect(route.editions.learner).toEqual({
        page: `/syllabi/${route.slug}/learner/`,
        pdf: `/syllabi/${route.slug}.learner.pdf`,
      });
    }
  });

  it('are the list every syllabus route is generated from', () => {
    // If a route built its paths another way, a page could lack its PDF or the reverse.
    for (const file of ['[slug].astro', '[slug]/learner.astro', '[file].pdf.ts']) {
      const source = readFileSync(new URL(`src/pages/syllabi/${file}`, ROOT), 'utf8');
      expect(source, file).toMatch(/getStaticPaths[\s\S]*syllabusRoutes\(await loadFramework\(\)\)/);
    }
  });
  // That dist/ has each page and its PDF is checked after the build: tests/e2e/built-syllabi.test.ts.
});
