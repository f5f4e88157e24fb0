import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bareStarlightFiles } from './bare-starlight.ts';
import { measuredRun, type MeasuredRun, type RunOptions } from './measured-run.ts';
import { outputSizes, type OutputSizes } from './output-sizes.ts';
import { instrumentPdfTiming, readPdfTimings, type PdfTimings } from './pdf-timing.ts';
import type { PdfSample } from './sample-pdf.ts';
import { runStats, type RunStats } from './stats.ts';
import { collectionOf, scaleContent, type TextFile } from './synthetic-content.ts';
import { cleanBuild, linkPackages, tempFolder, writeFiles, writeProject } from './temp-project.ts';

/** What to measure at one size. */
export interface SizePlan {
  /** How many times the real framework: 1, 10, 100. */
  factor: number;
  checkRuns: number;
  buildRuns: number;
  bareRuns: number;
  /**
   * `build`: the builds compile every syllabus PDF, and the time they spend on it is measured.
   * `sample`: the builds leave PDFs out (a placeholder each), and the largest syllabus PDF is
   * compiled once on its own; for a size at which all of them would not fit the benchmark's time.
   */
  pdfs: 'build' | 'sample';
}

/** Everything measured at one size. */
export interface SizeResult {
  factor: number;
  /** Entries in the synthetic framework, per collection, and content files in all. */
  counts: Record<string, number>;
  /** `npm run check` (scripts/check.ts) on the synthetic framework. */
  check: RunStats;
  /** `npm run build` (scripts/build.ts): content check, site, search index, syllabi, PDFs, exports, CSP, link check. */
  build: RunStats;
  /** The syllabus PDFs compiled in the build (median total of the runs); undefined if not measurable. */
  pdf: PdfTimings | undefined;
  /** With `pdfs: 'sample'`: the largest syllabus PDF, compiled on its own. */
  pdfSample?: PdfSample & { cpuMs: number; peakRssBytes: number };
  output: OutputSizes;
  /** `astro build` of a Starlight site with as many plain pages as our build made. */
  bare: RunStats & { pages: number };
}

export interface BenchEnvironment {
  /** The project to copy (the repository, or an export of a commit). */
  source: string;
  /** Whose node_modules/ to use. */
  packages: string;
  /** The real content/ files, as text. */
  content: readonly TextFile[];
  limits: Pick<RunOptions, 'memoryLimitBytes' | 'timeoutMs'>;
  log: (text: string) => void;
}

/**
 * Measures one size: writes a project copy with a synthetic framework `plan.factor` times
 * the real one, runs its content check and its full build (each from clean caches) the
 * planned number of times, measures the output, then builds a bare Starlight site of the
 * same page count. Temporary folders are removed afterwards, also after a failure.
 */
export async function benchSize(plan: SizePlan, env: BenchEnvironment): Promise<SizeResult> {
  const files = scaleContent(env.content, plan.factor);
  const project = tempFolder(`bench-scale-${plan.factor}x`);
  const bare = tempFolder(`bench-bare-${plan.factor}x`);
  try {
    writeProject(env.source, project, files, env.packages);
    const timed = instrumentPdfTiming(project);
    const run = async (what: string, dir: string, args: string[], extra: NodeJS.ProcessEnv = {}) => {
      env.log(`  ${plan.factor}x: ${what}`);
      const result = await measuredRun(args, { cwd: dir, env: extra, ...env.limits });
      if (result.exitCode !== 0)
        throw new Error(`${plan.factor}x ${what} failed${stoppedText(result)}:\n${result.output}`);
      return result;
    };

    const checks: MeasuredRun[] = [];
    for (let i = 1; i <= plan.checkRuns; i++)
      checks.push(await run(`check, run ${i}`, project, ['scripts/check.ts']));

    const builds: MeasuredRun[] = [];
    const pdfs: PdfTimings[] = [];
    const skip = plan.pdfs === 'sample' ? { BENCH_SKIP_PDFS: '1' } : {};
    for (let i = 1; i <= plan.buildRuns; i++) {
      cleanBuild(project);
      const log = join(project, `pdf-times-${i}.log`);
      const what = `build${plan.pdfs === 'sample' ? ' (PDFs left out)' : ''}, run ${i}`;
      builds.push(await run(what, project, ['scripts/build.ts'], { BENCH_PDF_LOG: log, ...skip }));
      pdfs.push(readPdfTimings(log));
    }
    const output = outputSizes(join(project, 'dist'));
    let pdfSample: SizeResult['pdfSample'];
    if (plan.pdfs === 'sample') {
      const sampled = await run('largest syllabus PDF on its own', project, [
        writeSampleRunner(project),
        project,
      ]);
      pdfSample = {
        ...(JSON.parse(sampled.output) as PdfSample),
        cpuMs: sampled.cpuMs,
        peakRssBytes: sampled.peakRssBytes,
      };
    }

    writeFiles(bare, bareStarlightFiles(output.htmlPages, starlightVersions(env.packages)));
    linkPackages(env.packages, bare);
    const bareRuns: MeasuredRun[] = [];
    for (let i = 1; i <= plan.bareRuns; i++) {
      cleanBuild(bare);
      bareRuns.push(
        await run(`bare Starlight build, run ${i}`, bare, ['node_modules/astro/bin/astro.mjs', 'build']),
      );
    }
    return {
      factor: plan.factor,
      counts: countEntries(files),
      check: runStats(checks),
      build: runStats(builds),
      pdf: timed && plan.pdfs === 'build' ? medianPdf(pdfs) : undefined,
      ...(pdfSample ? { pdfSample } : {}),
      output,
      bare: { ...runStats(bareRuns), pages: output.htmlPages },
    };
  } finally {
    rmSync(project, { recursive: true, force: true });
    rmSync(bare, { recursive: true, force: true });
  }
}

/** Entries per collection, and `files` for all content files. */
export function countEntries(files: readonly TextFile[]): Record<string, number> {
  const counts: Record<string, number> = { files: files.length };
  for (const file of files) {
    const collection = collectionOf(file.path);
    if (collection) counts[collection] = (counts[collection] ?? 0) + 1;
  }
  return counts;
}

/**
 * Puts this benchmark's PDF sampler into the project copy (whatever commit the copy is of)
 * and returns its path there: it must run inside the copy, to use the copy's packages.
 */
function writeSampleRunner(project: string): string {
  for (const name of ['sample-pdf.ts', 'sample-pdf-run.ts'])
    cpSync(fileURLToPath(new URL(`./${name}`, import.meta.url)), join(project, 'src/bench/scale', name));
  return join(project, 'src/bench/scale/sample-pdf-run.ts');
}

function medianPdf(runs: readonly PdfTimings[]): PdfTimings {
  const sorted = [...runs].sort((a, b) => a.totalMs - b.totalMs);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

function stoppedText(run: MeasuredRun): string {
  return run.stopped ? ` (stopped: ${run.stopped})` : ` (exit status ${run.exitCode})`;
}

function starlightVersions(packages: string): { astro: string; starlight: string } {
  const version = (name: string) =>
    (
      JSON.parse(readFileSync(join(packages, 'node_modules', name, 'package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
  return { astro: version('astro'), starlight: version('@astrojs/starlight') };
}
