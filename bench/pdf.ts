import {
  archetypeCombinations,
  EDITIONS,
  syllabus,
  type Framework,
  type Syllabus,
} from '../src/framework/index.ts';
import type { SiteAddress } from '../src/framework/site-address.ts';
import { compilePdf, sharedCompiler } from '../src/pdf/compile.ts';
import { compilePdfs } from '../src/pdf/pdf-pool.ts';
import type { TypstDocument } from '../src/pdf/shared-parts.ts';
import { syllabusToTypst } from '../src/pdf/syllabus-to-typst.ts';
import { fromRuns, measure, measureAsync, timeOnce, type Run, type Timing } from './measure.ts';

/** Targets from issue 5, for a 2-core machine. */
export const PDF_TARGETS = { onePdfMs: 50, allPdfsMs: 3000 };

/** Worker processes for the parallel batch: the machine has two cores. */
const WORKERS = 2;

/** Sizes of the syllabus PDFs, in bytes. */
export interface PdfSizes {
  smallest: number;
  largest: number;
  total: number;
}

/**
 * Times syllabus PDF generation as a build does it: one compiler for the whole process,
 * created (fonts loaded) once and timed on its own; then each PDF in build order, with the
 * time split into making the Typst markup, laying it out and writing the PDF; then all of
 * them, one after another and in {@link WORKERS} worker processes (start-up included). Each
 * round starts from an empty compiler cache, so no PDF is ever timed from a cached copy of
 * itself; within a round, as in a build, a PDF reuses the layout of the parts it shares with
 * the PDFs before it (src/pdf/shared-parts.ts), and the first PDF is timed on its own too.
 * The single-PDF rows cover `runs` PDFs, cycling through the combinations.
 */
export async function pdfBenchmarks(
  framework: Framework,
  address: SiteAddress,
  runs: number,
): Promise<{ timings: Timing[]; sizes: PdfSizes }> {
  const syllabi = archetypeCombinations(framework).map((ids) => syllabus(framework, ids, address));
  const startup = measure('Compiler start-up (create, load fonts), once per process', sharedCompiler, {
    runs: 1,
  });

  const phases = { markup: [] as Run[], compile: [] as Run[], all: [] as Run[] };
  for (let i = 0; i < runs; i++) {
    if (i % syllabi.length === 0) emptyCompilerCache();
    const s = syllabi[i % syllabi.length]!;
    phases.all.push(timeOnce(() => onePdf(s, phases)));
  }
  const count = `median of ${runs}`;

  const allRuns = Math.max(1, Math.round(runs / 8));
  // Both editions of every syllabus, as the build publishes them.
  const documents = () => syllabi.flatMap((s) => EDITIONS.map((edition) => syllabusToTypst(s, edition)));
  const sequential = measure(
    `All ${syllabi.length * EDITIONS.length} syllabus PDFs, one after another (median of ${allRuns})`,
    () => documents().forEach(compilePdf),
    { runs: allRuns, targetMs: PDF_TARGETS.allPdfsMs, prepare: emptyCompilerCache },
  );
  let pdfs: Uint8Array[] = [];
  const parallel = await measureAsync(
    `All ${syllabi.length * EDITIONS.length} syllabus PDFs, ${WORKERS} worker processes (median of ${allRuns})`,
    async () => (pdfs = await compilePdfs(documents(), WORKERS)),
    { runs: allRuns, targetMs: PDF_TARGETS.allPdfsMs },
  );
  const sizes = pdfs.map((pdf) => pdf.byteLength);
  return {
    timings: [
      startup,
      fromRuns('First syllabus PDF of a process (nothing cached yet)', phases.all.slice(0, 1)),
      fromRuns(`One syllabus PDF, as the build makes it (${count})`, phases.all, PDF_TARGETS.onePdfMs),
      fromRuns('– of which: Typst markup from the syllabus', phases.markup),
      fromRuns('– of which: Typst layout and PDF/UA-1 export', phases.compile),
      sequential,
      parallel,
    ],
    sizes: {
      smallest: Math.min(...sizes),
      largest: Math.max(...sizes),
      total: sizes.reduce((a, b) => a + b, 0),
    },
  };
}

/** What `syllabusPdf` does, timing its two steps. */
function onePdf(s: Syllabus, phases: { markup: Run[]; compile: Run[] }): Uint8Array {
  let typst: TypstDocument | undefined;
  let pdf = new Uint8Array();
  phases.markup.push(timeOnce(() => (typst = syllabusToTypst(s, 'provider'))));
  phases.compile.push(timeOnce(() => (pdf = compilePdf(typst!))));
  return pdf;
}

/** Empties the compiler's cache, so the next round starts cold: no PDF timed from a cached copy of itself. */
function emptyCompilerCache(): void {
  sharedCompiler().evictCache(0);
}
