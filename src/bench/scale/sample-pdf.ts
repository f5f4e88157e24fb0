import { archetypeCombinations, buildFramework, syllabus, type Syllabus } from '../../framework/index.ts';
import { syllabusPdf } from '../../pdf/index.ts';
import { checkProject, toFrameworkInput } from '../../validation/index.ts';

/** One syllabus PDF compiled on its own. */
export interface PdfSample {
  /** The syllabus, for example `shapers-drivers-creators-embedders-users`. */
  slug: string;
  /** Competencies in it. */
  competencies: number;
  /** Competencies in all the syllabi together (each counted once per syllabus that lists it). */
  allCompetencies: number;
  /** How many syllabi there are. */
  syllabi: number;
  ms: number;
  bytes: number;
}

/**
 * Compiles the largest syllabus of the project at `root` (all archetypes together, so every
 * competency) and times it: what one PDF costs at a size where compiling all of them in the
 * build would not fit the benchmark's time. Also counts the competencies of every syllabus,
 * since PDF time grows with them. Run in its own process (sample-pdf-run.ts) so that its
 * memory is measured apart from the build's.
 */
export function samplePdf(root: string, siteUrl: string): PdfSample {
  const input = toFrameworkInput(checkProject(root));
  if (!input) throw new Error(`The content in ${root} does not pass its check.`);
  const framework = buildFramework(input);
  const all = archetypeCombinations(framework).map((ids) => syllabus(framework, ids, siteUrl));
  const largest = all.reduce((a, b) => (competencyCount(b) > competencyCount(a) ? b : a));
  const start = performance.now();
  const pdf = syllabusPdf(largest, 'provider');
  return {
    slug: largest.slug,
    competencies: competencyCount(largest),
    allCompetencies: all.reduce((sum, s) => sum + competencyCount(s), 0),
    syllabi: all.length,
    ms: performance.now() - start,
    bytes: pdf.byteLength,
  };
}

function competencyCount(s: Syllabus): number {
  return s.foundation.length + s.modules.reduce((sum, m) => sum + m.items.length, 0);
}
