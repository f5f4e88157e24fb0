import { readFileSync } from 'node:fs';
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
  // That dist/ has each page and its PDF is checked after the build: tests/e2e/built-syllabi.test.ts.
});
