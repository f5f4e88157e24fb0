import { join } from 'node:path';
import { SITE_URL } from '../../project.config.mjs';
import { syllabus, syllabusRoutes, type Framework, type Syllabus } from '../framework/index.ts';
import { PDF_CACHE_FOLDER, PdfCache } from '../pdf/index.ts';
import { syllabusPdfsAhead, type PdfsAhead } from '../pdf/pdfs-ahead.ts';

/**
 * Starts compiling every syllabus PDF the site will publish into the project's PDF cache, on
 * worker processes, from the framework of content that passed its check. Astro's syllabus
 * pages compute the same documents (src/components/syllabus/published-syllabi.ts) and take
 * their PDFs from the cache; one not there yet they compile themselves, so the result never
 * depends on which finished first.
 */
export function startSyllabusPdfs(framework: Framework, root: string): PdfsAhead {
  return syllabusPdfsAhead(syllabiToPublish(framework), new PdfCache(join(root, PDF_CACHE_FOLDER)));
}

/** The syllabi the site publishes, in route order, as the build compiles them ahead. */
export function syllabiToPublish(framework: Framework): Syllabus[] {
  return syllabusRoutes(framework).map((route) => syllabus(framework, route.archetypes, SITE_URL));
}
