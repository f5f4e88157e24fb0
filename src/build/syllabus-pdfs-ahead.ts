import { join } from 'node:path';
import { SITE_URL } from '../../project.config.mjs';
import { EDITIONS, syllabus, syllabusRoutes, type Framework } from '../framework/index.ts';
import { PDF_CACHE_FOLDER, PdfCache, syllabusToTypst, type TypstDocument } from '../pdf/index.ts';
import { syllabusPdfsAhead, type PdfsAhead } from '../pdf/pdfs-ahead.ts';

/**
 * Starts compiling every syllabus PDF (both editions) the site will publish into the project's PDF cache, on
 * worker processes, from the framework of content that passed its check. Astro's syllabus
 * pages compute the same documents (src/components/syllabus/published-syllabi.ts) and take
 * their PDFs from the cache; one not there yet they compile themselves, so the result never
 * depends on which finished first.
 */
export function startSyllabusPdfs(framework: Framework, root: string): PdfsAhead {
  return syllabusPdfsAhead(documentsToPublish(framework), new PdfCache(join(root, PDF_CACHE_FOLDER)));
}

/**
 * The Typst documents of every syllabus PDF the site publishes, in the order its pages ask
 * for them (route order, both editions of each), as the build compiles them ahead.
 */
export function documentsToPublish(framework: Framework): TypstDocument[] {
  return syllabusRoutes(framework).flatMap((route) => {
    const s = syllabus(framework, route.archetypes, SITE_URL);
    return EDITIONS.map((edition) => syllabusToTypst(s, edition));
  });
}
