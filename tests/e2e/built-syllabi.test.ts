// Runs after `npm run build` with the browser tests (no browser needed): the built site has a
// web page and a PDF for every syllabus route, and nothing else under /syllabi/.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { syllabusRoutes } from '../../src/framework/index.ts';
import { loadProjectFramework } from './support/framework.ts';
import { DIST } from './support/site.ts';

describe('the built syllabi', () => {
  it('are all in dist/, each page with its PDF', () => {
    const dist = `${DIST}syllabi/`;
    if (!existsSync(dist)) throw new Error('No built syllabi in dist/: run `npm run build` first.');
    const routes = syllabusRoutes(loadProjectFramework());
    const built = readdirSync(dist);
    for (const route of routes) {
      expect(existsSync(`${dist}${route.slug}/index.html`), route.page).toBe(true);
      expect(built, route.pdf).toContain(`${route.slug}.pdf`);
      expect(readFileSync(`${dist}${route.slug}.pdf`).subarray(0, 5).toString()).toBe('%PDF-');
    }
    const pages = built.filter((name) => existsSync(`${dist}${name}/index.html`));
    const pdfs = built.filter((name) => name.endsWith('.pdf'));
    expect(pages.map((name) => `${name}.pdf`).sort()).toEqual(pdfs.sort());
    expect(pdfs).toHaveLength(routes.length);
  });
});
