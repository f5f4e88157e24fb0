import { rmSync } from 'node:fs';
import { totalmem } from 'node:os';
import { readContent } from '../../validation/read-content.ts';
import {
  removeSize,
  repeatBuild,
  sizeResult,
  startSize,
  type BenchEnvironment,
  type SizePlan,
  type SizeRun,
} from './bench-size.ts';
import { codeState, exportCommit, machine } from './environment.ts';
import type { ScaleReport } from './scale-report.ts';
import type { TextFile } from './synthetic-content.ts';
import { tempFolder, workspace } from './temp-project.ts';

/**
 * The sizes `npm run bench` measures. Every size gets its checks, one build and one bare
 * Starlight build; more builds (up to `buildRuns`) follow while the time budget allows. The
 * 1x builds compile every syllabus PDF. At 10x and 100x compiling the 31 PDFs (each lists
 * every competency its archetypes need, thousands at 100x) would take minutes more, so those
 * builds leave them out and the largest is compiled alone; `--full` compiles them all
 * everywhere (well over ten minutes, and the 100x build may need more than 16 GB).
 */
export const DEFAULT_PLANS: SizePlan[] = [
  { factor: 1, checkRuns: 3, buildRuns: 3, pdfs: 'build' },
  { factor: 10, checkRuns: 3, buildRuns: 3, pdfs: 'sample' },
  { factor: 100, checkRuns: 2, buildRuns: 2, pdfs: 'sample' },
];

/**
 * How long the benchmark may take; repeat builds are added only while they fit. `npm run
 * bench` runs the PDF benchmark (about 1.5 minutes) first, and the two together should stay
 * under ten minutes on a quiet 2-core machine.
 */
export const DEFAULT_BUDGET_MS = 7 * 60_000;

/** Time kept back for removing the temporary projects at the end. */
const CLEANUP_MS = 20_000;

export interface ScaleOptions {
  /** The repository: its node_modules/ is used, and its working tree copied unless `ref` is given. */
  repo: string;
  /** Measure this commit instead of the working tree (for example HEAD, to leave out uncommitted work). */
  ref?: string;
  plans: readonly SizePlan[];
  budgetMs: number;
  log: (text: string) => void;
}

/** Runs the scale benchmark at every planned size and returns the report. */
export async function runScaleBench({ repo, ref, plans, budgetMs, log }: ScaleOptions): Promise<ScaleReport> {
  const started = performance.now();
  const date = new Date().toISOString();
  const code = codeState(repo, ref);
  const exported = ref ? tempFolder('bench-source') : undefined;
  const runs: SizeRun[] = [];
  let projects: string | undefined;
  try {
    if (exported) exportCommit(repo, ref!, exported);
    projects = workspace(repo);
    const source = exported ?? repo;
    const env: BenchEnvironment = {
      source,
      packages: repo,
      workspace: projects,
      content: realContent(source),
      // A run that would take the shared machine's memory is stopped, not left to the kernel.
      limits: { memoryLimitBytes: Math.min(12 * 2 ** 30, totalmem() * 0.6), timeoutMs: 20 * 60_000 },
      log,
    };
    for (const plan of plans) {
      log(`${plan.factor}x the real framework:`);
      runs.push(await startSize(plan, env));
    }
    for (let next = nextRepeat(runs, budgetMs - (performance.now() - started)); next;) {
      await repeatBuild(next.run, next.which, env);
      next = nextRepeat(runs, budgetMs - (performance.now() - started));
    }
    return {
      date,
      machine: machine(),
      code,
      budgetMs,
      totalMs: performance.now() - started,
      sizes: runs.map(sizeResult),
    };
  } finally {
    runs.forEach(removeSize);
    if (projects) rmSync(projects, { recursive: true, force: true });
    if (exported) rmSync(exported, { recursive: true, force: true });
  }
}

/**
 * The repeat build to run next within `leftMs`: of the builds that may still be repeated and
 * would fit (judged by their last run), one with the fewest runs so far; among those, the
 * smallest framework first (the real one has the targets on the full build), then the quickest.
 */
export function nextRepeat(
  runs: readonly SizeRun[],
  leftMs: number,
): { run: SizeRun; which: 'ours' | 'bare' } | undefined {
  const candidates = runs.flatMap((run) =>
    (['ours', 'bare'] as const).map((which) => {
      const done = which === 'ours' ? run.builds : run.bareRuns;
      // A repeat of ours also repeats the build without PDFs that goes with it, if any.
      const paired = which === 'ours' ? (run.siteBuilds.at(-1)?.wallMs ?? 0) : 0;
      return { run, which, count: done.length, ms: (done.at(-1)?.wallMs ?? Infinity) + paired };
    }),
  );
  return candidates
    .filter((c) => c.count < c.run.plan.buildRuns && c.ms * 1.1 + CLEANUP_MS < leftMs)
    .sort((a, b) => a.count - b.count || a.run.plan.factor - b.run.plan.factor || a.ms - b.ms)[0];
}

/** The content/ files of the project at `root`, as text; throws if one cannot be read. */
function realContent(root: string): TextFile[] {
  return readContent(root).map((file) => {
    if (file.text === undefined)
      throw new Error(`${file.path} cannot be read (${file.problem}): run npm run check.`);
    return { path: file.path, text: file.text };
  });
}
