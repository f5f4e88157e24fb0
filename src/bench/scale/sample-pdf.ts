import { buildFramework, syllabus } from '../../framework/index.ts';
import { syllabusPdf } from '../../pdf/index.ts';
import { checkProject, toFrameworkInput } from '../../validation/index.ts';

/** One syllabus PDF compiled on its own. */
export interface PdfSample {
  /** The syllabus, for example `shapers-drivers-creators-embedders-users`. */
  slug: string;
  competencies: number;
  ms: number;
  bytes: number;
}

/**
 * Compiles the largest syllabus of the project at `root` (all archetypes together, so every
 * competency) and times it: what one PDF costs at a size where compiling all of them in the
 * build would not fit the benchmark's time. Run in its own process (sample-pdf-run.ts) so
 * that its memory is measured apart from the build's.
 */
export function samplePdf(root: string, siteUrl: string): PdfSample {
  const input = toFrameworkInput(checkProject(root));
  if (!input) throw new Error(`The content in ${root} does not pass its check.`);
  const framework = buildFramework(input);
  const s = syllabus(
    framework,
    framework.archetypes.map((a) => a.id),
    siteUrl,
  );
  const start = performance.now();
  const pdf = syllabusPdf(s);
  return {
    slug: s.slug,
    competencies: s.foundation.length + s.modules.reduce((sum, m) => sum + m.items.length, 0),
    ms: performance.now() - start,
    bytes: pdf.byteLength,
  };
}
