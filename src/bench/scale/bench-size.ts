import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bareStarlightFiles } from './bare-starlight.ts';
import { measuredRun, type MeasuredRun, type RunOptions } from './measured-run.ts';
import { outputSizes, type OutputSizes } from './output-sizes.ts';
import { instrumentPdfTiming, readPdfTimings, type PdfTimings } from './pdf-timing.ts';
import type { PdfSample } from './sample-pdf.ts';
import { runStats, type RunStats } from './stats.ts';
import { collectionOf } from '../../validation/check-file.ts';
import { scaleContent, type TextFile } from './synthetic-content.ts';
import { cleanBuild, writeFiles, writeProject } from './temp-project.ts';

/** What to measure at one size. */
export interface SizePlan {
  /** How many times the real framework: 1, 10, 100. */
  factor: number;
  checkRuns: number;
  /** At most this many builds (and bare Starlight builds): one, then more while time allows. */
  buildRuns: number;
  /**
   * `build`: the builds compile every syllabus PDF, and each is followed by a build that
   * leaves them out, so that what the PDFs add to the build is measured.
   * `sample`: the builds leave PDFs out (a placeholder each); for sizes at which all of them
   * would not fit the benchmark's time. At every size the largest syllabus PDF is also
   * compiled once on its own.
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
  /** With `pdfs: 'build'`: the same build with the PDFs left out. */
  siteBuild?: RunStats;
  /** Whether the builds compiled the PDFs (`build`) or wrote placeholders (`sample`). */
  pdfs: SizePlan['pdfs'];
  /** The syllabus PDFs compiled in the build (the run with the median total); undefined if not measured. */
  pdf: PdfTimings | undefined;
  /** The largest syllabus PDF, compiled on its own. */
  pdfSample: PdfSample & { cpuMs: number; peakRssBytes: number };
  output: OutputSizes;
  /** `astro build` of a Starlight site with as many plain pages as our build made, and its output. */
  bare: RunStats & { pages: number; htmlBytes: number; searchIndexBytes: number };
}

export interface BenchEnvironment {
  /** The project to copy (the repository, or an export of a commit). */
  source: string;
  /** The repository, whose installed Astro and Starlight versions the bare site names. */
  packages: string;
  /** Where the projects go: a folder with node_modules/ (see temp-project.ts). */
  workspace: string;
  /** The real content/ files, as text. */
  content: readonly TextFile[];
  limits: Pick<RunOptions, 'memoryLimitBytes' | 'timeoutMs'>;
  log: (text: string) => void;
}

/** One size being measured: its project copies and the runs so far. */
export interface SizeRun {
  plan: SizePlan;
  counts: Record<string, number>;
  project: string;
  bare: string;
  timed: boolean;
  checks: MeasuredRun[];
  builds: MeasuredRun[];
  /** Builds with the PDFs left out, after each build, for sizes whose builds compile them. */
  siteBuilds: MeasuredRun[];
  pdfs: PdfTimings[];
  bareRuns: MeasuredRun[];
  output?: OutputSizes;
  bareOutput?: OutputSizes;
  pdfSample?: SizeResult['pdfSample'];
}

/**
 * Starts measuring one size: writes a project copy with a synthetic framework `plan.factor`
 * times the real one, runs its content check `plan.checkRuns` times and its full build once
 * (from clean caches), measures the output, compiles the largest syllabus PDF alone, then
 * builds a bare Starlight site of the same page count once. More builds can follow
 * (repeatBuild); call removeSize when done.
 */
export async function startSize(plan: SizePlan, env: BenchEnvironment): Promise<SizeRun> {
  const files = scaleContent(env.content, plan.factor);
  const run: SizeRun = {
    plan,
    counts: countEntries(files),
    project: join(env.workspace, `${plan.factor}x`),
    bare: join(env.workspace, `bare-${plan.factor}x`),
    timed: false,
    checks: [],
    builds: [],
    siteBuilds: [],
    pdfs: [],
    bareRuns: [],
  };
  try {
    writeProject(env.source, run.project, files);
    run.timed = instrumentPdfTiming(run.project);
    if (plan.pdfs === 'sample' && !run.timed) {
      // Its builds would compile every PDF while the report said they were left out.
      throw new Error(
        `${plan.factor}x: this code has no syllabusPdf in src/pdf/syllabus-pdf.ts to leave the PDFs out with; measure it with --full.`,
      );
    }
    for (let i = 1; i <= plan.checkRuns; i++)
      run.checks.push(await measured(run, `check, run ${i}`, run.project, ['scripts/check.ts'], env));
    await repeatBuild(run, 'ours', env);
    run.output = outputSizes(join(run.project, 'dist'));
    const sampled = await measured(
      run,
      'the largest syllabus PDF alone',
      run.project,
      [sampleRunner(run.project), run.project],
      env,
    );
    run.pdfSample = {
      ...(JSON.parse(lastJsonLine(sampled.output)) as PdfSample),
      cpuMs: sampled.cpuMs,
      peakRssBytes: sampled.peakRssBytes,
    };
    writeFiles(run.bare, bareStarlightFiles(run.output.htmlPages, starlightVersions(env.packages)));
    await repeatBuild(run, 'bare', env);
    run.bareOutput = outputSizes(join(run.bare, 'dist'));
    return run;
  } catch (error) {
    removeSize(run);
    throw error;
  }
}

/**
 * Runs one more build from clean caches: our full build (preceded, where the builds compile
 * the PDFs, by one that leaves them out), or the bare Starlight one.
 */
export async function repeatBuild(
  run: SizeRun,
  which: 'ours' | 'bare',
  env: BenchEnvironment,
): Promise<void> {
  if (which === 'bare') {
    cleanBuild(run.bare);
    const what = `bare Starlight build, run ${run.bareRuns.length + 1}`;
    run.bareRuns.push(
      await measured(
        run,
        what,
        run.bare,
        [join(run.bare, '../node_modules/astro/bin/astro.mjs'), 'build'],
        env,
      ),
    );
    return;
  }
  if (run.plan.pdfs === 'build') {
    // First without the PDFs, so that dist/ is the full build's when this returns.
    cleanBuild(run.project);
    const without = `build (PDFs left out), run ${run.siteBuilds.length + 1}`;
    run.siteBuilds.push(
      await measured(run, without, run.project, ['scripts/build.ts'], env, { BENCH_SKIP_PDFS: '1' }),
    );
  }
  cleanBuild(run.project);
  const log = join(run.project, `pdf-times-${run.builds.length + 1}.log`);
  const skip = run.plan.pdfs === 'sample' ? { BENCH_SKIP_PDFS: '1' } : {};
  const what = `build${run.plan.pdfs === 'sample' ? ' (PDFs left out)' : ''}, run ${run.builds.length + 1}`;
  run.builds.push(
    await measured(run, what, run.project, ['scripts/build.ts'], env, { BENCH_PDF_LOG: log, ...skip }),
  );
  run.pdfs.push(readPdfTimings(log));
}

/** The results of a size from its runs so far. */
export function sizeResult(run: SizeRun): SizeResult {
  const pdfMeasured = run.timed && run.plan.pdfs === 'build';
  return {
    factor: run.plan.factor,
    counts: run.counts,
    check: runStats(run.checks),
    build: runStats(run.builds),
    ...(run.siteBuilds.length > 0 ? { siteBuild: runStats(run.siteBuilds) } : {}),
    pdfs: run.plan.pdfs,
    pdf: pdfMeasured ? medianPdf(run.pdfs) : undefined,
    pdfSample: run.pdfSample!,
    output: run.output!,
    bare: {
      ...runStats(run.bareRuns),
      pages: run.output!.htmlPages,
      htmlBytes: run.bareOutput!.htmlBytes,
      searchIndexBytes: run.bareOutput!.searchIndexBytes,
    },
  };
}

/** Removes the size's temporary folders. */
export function removeSize(run: SizeRun): void {
  rmSync(run.project, { recursive: true, force: true });
  rmSync(run.bare, { recursive: true, force: true });
}

/** Entries per collection, and `files` for all content files. */
function countEntries(files: readonly TextFile[]): Record<string, number> {
  const counts: Record<string, number> = { files: files.length };
  for (const file of files) {
    const collection = collectionOf(file.path);
    if (collection) counts[collection] = (counts[collection] ?? 0) + 1;
  }
  return counts;
}

async function measured(
  run: SizeRun,
  what: string,
  dir: string,
  args: string[],
  env: BenchEnvironment,
  extra: NodeJS.ProcessEnv = {},
): Promise<MeasuredRun> {
  env.log(`  ${run.plan.factor}x: ${what}`);
  const result = await measuredRun(args, { cwd: dir, env: extra, ...env.limits });
  if (result.exitCode === 0) return result;
  const why = result.stopped ? `stopped: ${result.stopped}` : `exit status ${result.exitCode}`;
  throw new Error(`${run.plan.factor}x ${what} failed (${why}):\n${result.output}`);
}

/**
 * Puts this benchmark's PDF sampler into the project copy (whatever commit the copy is of)
 * and returns its path there: it must run inside the copy, to use the copy's packages.
 */
function sampleRunner(project: string): string {
  for (const name of ['sample-pdf.ts', 'sample-pdf-run.ts'])
    cpSync(fileURLToPath(new URL(`./${name}`, import.meta.url)), join(project, 'src/bench/scale', name));
  return join(project, 'src/bench/scale/sample-pdf-run.ts');
}

/** The last line of `output` that is a JSON object (a warning may have been printed before it). */
function lastJsonLine(output: string): string {
  return (
    output
      .split('\n')
      .reverse()
      .find((line) => line.startsWith('{')) ?? output
  );
}

function medianPdf(runs: readonly PdfTimings[]): PdfTimings {
  const sorted = [...runs].sort((a, b) => a.totalMs - b.totalMs);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
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
