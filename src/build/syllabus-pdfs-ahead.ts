import { join } from 'node:path';
import { SITE_URL } from '../../project.config.mjs';
import { buildFramework, syllabus, syllabusRoutes } from '../framework/index.ts';
import { PDF_CACHE_FOLDER, PdfCache } from '../pdf/index.ts';
import { syllabusPdfsAhead, type PdfsAhead } from '../pdf/pdfs-ahead.ts';
import { toFrameworkInput, type Report } from '../validation/index.ts';

/**
 * Starts compiling every syllabus PDF the site will publish into the project's PDF cache, on
 * worker processes, from the checked content. Astro's syllabus pages compute the same
 * documents (src/components/syllabus/published-syllabi.ts) and take their PDFs from the
 * cache; one not there yet they compile themselves, so the result never depends on which
 * finished first.
 */
export function startSyllabusPdfs(report: Report, root: string): PdfsAhead {
  const input = toFrameworkInput(report);
  if (!input) return { finished: Promise.resolve(0), stop: async () => {} };
  const framework = buildFramework(input);
  const syllabi = syllabusRoutes(framework).map((route) => syllabus(framework, route.archetypes, SITE_URL));
  return syllabusPdfsAhead(syllabi, new PdfCache(join(root, PDF_CACHE_FOLDER)));
}
