import { archetypeCombinations, syllabus, type Framework } from '../framework/index.ts';
import { clearCompilerCache, syllabusPdf } from '../pdf/index.ts';
import { fromRuns, measure, timeOnce, type Timing } from './measure.ts';

/** Targets from issue 5, for a 2-core machine. */
export const PDF_TARGETS = { onePdfMs: 50, allPdfsMs: 3000 };

/** Sizes of the syllabus PDFs, in bytes. */
export interface PdfSizes {
  smallest: number;
  largest: number;
  total: number;
}

/**
 * Times syllabus PDF generation: one PDF from a cold compiler cache (cycling through the
 * combinations), each PDF as a build makes them (one after another, so Typst may reuse
 * what they share), and all of them from a cold cache. Compiler start-up (loading fonts)
 * happens in the first run and is reported on its own.
 */
export function pdfBenchmarks(
  framework: Framework,
  siteUrl: string,
  runs: number,
): { timings: Timing[]; sizes: PdfSizes } {
  const syllabi = archetypeCombinations(framework).map((ids) => syllabus(framework, ids, siteUrl));
  const startup = measure('Compiler start-up and first PDF', () => syllabusPdf(syllabi[0]!), { runs: 1 });

  let next = 0;
  const cold = measure(
    `One syllabus PDF, cold cache (median of ${runs})`,
    () => syllabusPdf(syllabi[next++ % syllabi.length]!),
    { runs, targetMs: PDF_TARGETS.onePdfMs, prepare: clearCompilerCache },
  );

  const sizes: number[] = [];
  clearCompilerCache();
  const inBuild = syllabi.map((s) => timeOnce(() => sizes.push(syllabusPdf(s).byteLength)));
  const warm = fromRuns(
    `One syllabus PDF, in build order (median of ${syllabi.length})`,
    inBuild,
    PDF_TARGETS.onePdfMs,
  );

  const allRuns = Math.max(1, Math.round(runs / 4));
  const all = measure(
    `All ${syllabi.length} syllabus PDFs (median of ${allRuns})`,
    () => syllabi.forEach((s) => syllabusPdf(s)),
    { runs: allRuns, targetMs: PDF_TARGETS.allPdfsMs, prepare: clearCompilerCache },
  );
  return {
    timings: [startup, cold, warm, all],
    sizes: {
      smallest: Math.min(...sizes),
      largest: Math.max(...sizes),
      total: sizes.reduce((a, b) => a + b, 0),
    },
  };
}
