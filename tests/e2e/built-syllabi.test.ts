// Runs after `npm run build` with the browser tests (no browser needed): the built site has a
// web page and a PDF of both editions for every syllabus route, and nothing else under
// /syllabi/; its PDFs are the ones compiled beside Astro, and every one is tagged and titled.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editionTitle, EDITIONS, syllabus, syllabusRoutes } from '../../src/framework/index.ts';
import { pdfCacheFolder } from '../../src/integration/index.ts';
import { documentsToPublish } from '../../src/integration/syllabi-to-publish.ts';
import { pdfKey } from '../../src/pdf/pdf-cache.ts';
import { readPdf } from '../pdf/read-pdf.ts';
import { loadProjectFramework } from './support/framework.ts';
import { builtAddress, DIST } from './support/site.ts';

const framework = loadProjectFramework();
const address = builtAddress();
const routes = syllabusRoutes(framework);
const inDist = (path: string) => `${DIST}${path.replace(/^\//, '')}`;

describe('the built syllabi', () => {
  it('are all in dist/: both editions of each, each a page and a PDF', () => {
    const dist = `${DIST}syllabi/`;
    if (!existsSync(dist)) throw new Error('No built syllabi in dist/: run `npm run build` first.');
    for (const route of routes) {
      for (const edition of EDITIONS) {
        const { page, pdf } = route.editions[edition];
        expect(existsSync(`${inDist(page)}index.html`), page).toBe(true);
        expect(readFileSync(inDist(pdf)).subarray(0, 5).toString(), pdf).toBe('%PDF-');
      }
    }
    const pdfs = readdirSync(dist).filter((name) => name.endsWith('.pdf'));
    expect(pdfs).toHaveLength(routes.length * EDITIONS.length);
  });

  it('were compiled from the same documents as the build compiles beside Astro', () => {
    // The build compiles the PDFs ahead from the checked content (src/integration/syllabus-pdfs-ahead.ts)
    // into the PDF cache, where the pages look for them by document. Were the two documents
    // ever to differ, the pages would compile every PDF again and the build would be slower.
    // The cache is in Astro's default cacheDir, which astro.config.mjs leaves as it is.
    const cache = pdfCacheFolder(new URL('../../node_modules/.astro/', import.meta.url));
    const documents = documentsToPublish(framework, address);
    const pdfs = routes.flatMap((route) => EDITIONS.map((edition) => route.editions[edition].pdf));
    expect(documents).toHaveLength(pdfs.length);
    documents.forEach((document, i) => {
      const cached = join(cache, `${pdfKey(document)}.pdf`);
      expect(existsSync(cached), `${pdfs[i]} in the PDF cache`).toBe(true);
      expect(readFileSync(cached).equals(readFileSync(inDist(pdfs[i]!))), pdfs[i]).toBe(true);
    });
  });

  it("are every one tagged, titled for its edition, in British English, and name no address but the site's", async () => {
    for (const route of routes) {
      const s = syllabus(framework, route.archetypes, address);
      for (const edition of EDITIONS) {
        const pdf = await readPdf(readFileSync(inDist(route.editions[edition].pdf)));
        expect(pdf.text, route.editions[edition].pdf).not.toMatch(/localhost|127\.0\.0\.1/);
        expect([pdf.marked, pdf.structured, pdf.language], route.editions[edition].pdf).toEqual([
          true,
          true,
          'en-GB',
        ]);
        expect(pdf.title).toBe(editionTitle(s, edition));
      }
    }
  });

  it("keep the Users learner's edition to at most 10 pages", async () => {
    const users = routes.find((route) => route.slug === 'users')!;
    const { pages } = await readPdf(readFileSync(inDist(users.editions.learner.pdf)));
    expect(pages.length).toBeLessThanOrEqual(10);
  });
});
