import { EDITIONS } from '../framework/index.ts';
import { PdfCache } from '../pdf/index.ts';
import { syllabusPdfsAhead, type PdfsAhead } from '../pdf/pdfs-ahead.ts';
import type { SharedState } from './shared-state.ts';
import { syllabiToPublish } from './syllabi-to-publish.ts';

// Not imported by the pages: it starts worker processes from a file beside src/pdf/pdf-pool.ts,
// which works only outside Astro's bundle.

/**
 * Starts compiling every syllabus PDF (both editions) the site will publish into the PDF cache
 * folder, on worker processes, while Astro builds the pages. The pages take their PDFs from
 * the cache; one not there yet they compile themselves, so the result never depends on which
 * finished first.
 */
export function startSyllabusPdfs(state: SharedState): PdfsAhead {
  return syllabusPdfsAhead(
    syllabiToPublish(state).flatMap((s) => EDITIONS.map((edition) => s.documents[edition])),
    new PdfCache(state.pdfCache),
  );
}
