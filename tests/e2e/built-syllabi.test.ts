// Runs after `npm run build` with the browser tests (no browser needed): the built site has a
// web page and a PDF for every syllabus route, and nothing else under /syllabi/, and its PDFs
// are the ones compiled beside Astro.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SITE_URL } from '../../project.config.mjs';
import { syllabiToPublish } from '../../src/build/syllabus-pdfs-ahead.ts';
import { syllabusRoutes } from '../../src/framework/index.ts';
import { PDF_CACHE_FOLDER, syllabusToTypst } from '../../src/pdf/index.ts';
import { pdfKey } from '../../src/pdf/pdf-cache.ts';
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

  it('were compiled from the same documents as the build compiles beside Astro', () => {
    // The build compiles the PDFs ahead from the checked content (src/build/syllabus-pdfs-ahead.ts)
    // into the PDF cache, where the pages look for them by document. Were the two documents
    // ever to differ, the pages would compile every PDF again and the build would be slower.
    const cache = fileURLToPath(new URL(`../../${PDF_CACHE_FOLDER}/`, import.meta.url));
    const syllabi = syllabiToPublish(loadProjectFramework());
    expect(syllabi).toHaveLength(31);
    for (const s of syllabi) {
      const cached = join(cache, `${pdfKey(syllabusToTypst(s))}.pdf`);
      const pdf = `${s.slug}.pdf`;
      expect(existsSync(cached), `${pdf} in the PDF cache (built with SITE_URL=${SITE_URL}?)`).toBe(true);
      expect(readFileSync(cached).equals(readFileSync(`${DIST}syllabi/${pdf}`)), pdf).toBe(true);
    }
  });
});
