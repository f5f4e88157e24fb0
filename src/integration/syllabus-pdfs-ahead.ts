import { EDITIONS, syllabus, syllabusRoutes, type Framework } from '../framework/index.ts';
import type { SiteAddress } from '../framework/site-address.ts';
import { PdfCache, syllabusToTypst, type TypstDocument } from '../pdf/index.ts';
import { syllabusPdfsAhead, type PdfsAhead } from '../pdf/pdfs-ahead.ts';

/**
 * Starts compiling every syllabus PDF (both editions) the site will publish into the PDF cache
 * folder, on worker processes, while Astro builds the pages. The syllabus pages compute the
 * same documents (src/site/published-syllabi.ts) and take their PDFs from the cache; one not
 * there yet they compile themselves, so the result never depends on which finished first.
 */
export function startSyllabusPdfs(framework: Framework, address: SiteAddress, cacheFolder: string): PdfsAhead {
  return syllabusPdfsAhead(documentsToPublish(framework, address), new PdfCache(cacheFolder));
}

/**
 * The Typst documents of every syllabus PDF the site publishes, in the order its pages ask
 * for them (route order, both editions of each).
 */
export function documentsToPublish(framework: Framework, address: SiteAddress): TypstDocument[] {
  return syllabusRoutes(framework).flatMap((route) => {
    const s = syllabus(framework, route.archetypes, address);
    return EDITIONS.map((edition) => syllabusToTypst(s, edition));
  });
}
