import { join } from 'node:path';
import { EDITIONS } from '../framework/index.ts';
import { PdfCache } from '../pdf/index.ts';
import type { SharedState } from './shared-state.ts';
import { syllabiToPublish } from './syllabi-to-publish.ts';

/**
 * Writes both editions' PDF of every syllabus into the built site in `folder`
 * (`syllabi/<slug>.pdf` and `syllabi/<slug>.learner.pdf`) from the PDF cache, where the build
 * compiled them beside Astro and the pages took their sizes from; returns how many. Plain file
 * copies: through Astro's routes each PDF would pass through memory as a response, which for a
 * large framework is hundreds of megabytes. `astro dev` serves them through
 * src/pages/syllabi/[file].pdf.ts, from the same cache.
 */
export function writeSyllabusPdfs(folder: string, state: SharedState): number {
  const cache = new PdfCache(state.pdfCache);
  let count = 0;
  for (const { route, documents } of syllabiToPublish(state)) {
    for (const edition of EDITIONS) {
      cache.copyTo(documents[edition], join(folder, route.editions[edition].pdf));
      count++;
    }
  }
  return count;
}
