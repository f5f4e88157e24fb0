import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The module of a project copy that turns one syllabus into a PDF, and the function it exports. */
const PDF_MODULE = 'src/pdf/syllabus-pdf.ts';
const PDF_FUNCTION = 'export function syllabusPdf(';
/** The module that compiles the PDFs beside Astro (from src/build/build-site.ts), and its function. */
const AHEAD_MODULE = 'src/pdf/pdfs-ahead.ts';
const AHEAD_FUNCTION = 'export function syllabusPdfsAhead(';

/** The syllabus PDFs compiled during one build. */
export interface PdfTimings {
  /** PDFs the pages compiled themselves, one after another (the ones not ready in the cache). */
  count: number;
  /** Time the pages spent compiling them. */
  totalMs: number;
  /** The slowest one. */
  slowestMs: number;
  /** The PDFs compiled beside Astro on worker processes: how many, and until when (from their start). */
  ahead?: { count: number; ms: number };
}

/**
 * Wraps the syllabus PDF function of a project copy (never the repository's) so that each
 * call appends its duration and size to the file named by BENCH_PDF_LOG; with BENCH_SKIP_PDFS
 * set, it returns a placeholder instead of compiling (for a size at which compiling all the
 * PDFs does not fit the benchmark's time; see sample-pdf.ts). The build is otherwise
 * unchanged. Returns false, leaving the copy as it was, when the module no longer exports
 * `syllabusPdf`: then PDF time is not measured and the report says so.
 */
export function instrumentPdfTiming(dir: string): boolean {
  instrumentAhead(dir);
  const module = join(dir, PDF_MODULE);
  if (!existsSync(module) || !readFileSync(module, 'utf8').includes(PDF_FUNCTION)) return false;
  renameSync(module, module.replace(/\.ts$/, '.untimed.ts'));
  writeFileSync(
    module,
    `// Written by the scale benchmark (src/bench/scale/pdf-timing.ts) into a project copy.
import { appendFileSync } from 'node:fs';
import { syllabusPdf as untimed } from './syllabus-pdf.untimed.ts';

export function syllabusPdf(...args: Parameters<typeof untimed>): ReturnType<typeof untimed> {
  if (process.env['BENCH_SKIP_PDFS']) return new Uint8Array(Buffer.from('%PDF-1.7\\n% placeholder\\n'));
  const start = performance.now();
  const pdf = untimed(...args);
  const log = process.env['BENCH_PDF_LOG'];
  if (log) appendFileSync(log, \`\${performance.now() - start} \${pdf.byteLength}\\n\`);
  return pdf;
}
`,
  );
  return true;
}

/**
 * Wraps the copy's compiling of PDFs beside Astro the same way: with BENCH_SKIP_PDFS it
 * compiles nothing, otherwise it logs `ahead <ms> <count>` once it has finished or was stopped.
 * A copy without that module (an older commit) is left as it is.
 */
function instrumentAhead(dir: string): void {
  const module = join(dir, AHEAD_MODULE);
  if (!existsSync(module) || !readFileSync(module, 'utf8').includes(AHEAD_FUNCTION)) return;
  renameSync(module, module.replace(/\.ts$/, '.untimed.ts'));
  writeFileSync(
    module,
    `// Written by the scale benchmark (src/bench/scale/pdf-timing.ts) into a project copy.
import { appendFileSync } from 'node:fs';
import { NOTHING_AHEAD, syllabusPdfsAhead as untimed } from './pdfs-ahead.untimed.ts';

export type { PdfsAhead } from './pdfs-ahead.untimed.ts';

export function syllabusPdfsAhead(...args: Parameters<typeof untimed>): ReturnType<typeof untimed> {
  if (process.env['BENCH_SKIP_PDFS']) return NOTHING_AHEAD;
  const start = performance.now();
  const ahead = untimed(...args);
  void ahead.finished.then((count) => {
    const log = process.env['BENCH_PDF_LOG'];
    if (log) appendFileSync(log, \`ahead \${performance.now() - start} \${count}\\n\`);
  });
  return ahead;
}
`,
  );
}

/** Reads the log that an instrumented build wrote (no file: no PDFs were compiled). */
export function readPdfTimings(log: string): PdfTimings {
  const lines = existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').filter(Boolean) : [];
  const ahead = lines.find((line) => line.startsWith('ahead '))?.split(' ');
  const times = lines.filter((line) => !line.startsWith('ahead ')).map((line) => Number(line.split(' ')[0]));
  return {
    count: times.length,
    totalMs: times.reduce((a, b) => a + b, 0),
    slowestMs: Math.max(0, ...times),
    ...(ahead ? { ahead: { ms: Number(ahead[1]), count: Number(ahead[2]) } } : {}),
  };
}
