import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The module of a project copy that turns one syllabus into a PDF, and the function it exports. */
const PDF_MODULE = 'src/pdf/syllabus-pdf.ts';
const PDF_FUNCTION = 'export function syllabusPdf(';

/** The syllabus PDFs compiled during one build. */
export interface PdfTimings {
  count: number;
  /** Time spent compiling them all, one after another as the build does. */
  totalMs: number;
  /** The slowest one. */
  slowestMs: number;
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

/** Reads the log that an instrumented build wrote (no file: no PDFs were compiled). */
export function readPdfTimings(log: string): PdfTimings {
  const times = existsSync(log)
    ? readFileSync(log, 'utf8')
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((line) => Number(line.split(' ')[0]))
    : [];
  return {
    count: times.length,
    totalMs: times.reduce((a, b) => a + b, 0),
    slowestMs: Math.max(0, ...times),
  };
}
