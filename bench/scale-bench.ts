import { rmSync } from 'node:fs';
import { totalmem } from 'node:os';
import { readContent } from '../src/validation/read-content.ts';
import { measureSize, type BenchEnvironment, type SizePlan, type SizeResult } from './bench-size.ts';
import { codeState, exportCommit, machine, type CodeState, type Machine } from './environment.ts';
import type { TextFile } from './synthetic-content.ts';
import { tempFolder, workspace } from './temp-project.ts';

/**
 * The sizes `npm run bench` measures. The builds, and the ratios to bare Starlight, are at
 * 1x and 10x; at 100x only the content check (its target), since compiling the 62 PDFs of a
 * framework a hundred times the size would take most of an hour.
 */
export const DEFAULT_PLANS: SizePlan[] = [
  { factor: 1, checkRuns: 3, fullRuns: 2, siteRuns: 3, oneChange: true },
  { factor: 10, checkRuns: 3, fullRuns: 1, siteRuns: 2, oneChange: false },
  { factor: 100, checkRuns: 2, fullRuns: 0, siteRuns: 0, oneChange: false },
];

/** One run of the scale benchmark: where, on what code, and what it measured. */
export interface ScaleReport {
  /** When it ran (ISO 8601): the report is a record, so the clock belongs in it. */
  date: string;
  machine: Machine;
  code: CodeState;
  /** How long the whole benchmark took. */
  totalMs: number;
  sizes: SizeResult[];
}

export interface ScaleOptions {
  /** The repository: its node_modules/ is used, and its working tree copied unless `ref` is given. */
  repo: string;
  /** Measure this commit instead of the working tree (for example HEAD, to leave out uncommitted work). */
  ref?: string;
  plans: readonly SizePlan[];
  log: (text: string) => void;
}

/** Runs the scale benchmark at every planned size, in temporary copies of the project, and returns the report. */
export async function runScaleBench({ repo, ref, plans, log }: ScaleOptions): Promise<ScaleReport> {
  const started = performance.now();
  const date = new Date().toISOString();
  const code = codeState(repo, ref);
  const exported = ref ? tempFolder('bench-source') : undefined;
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
    const sizes: SizeResult[] = [];
    for (const plan of plans) {
      log(`${plan.factor}x the real framework:`);
      sizes.push(await measureSize(plan, env));
    }
    return { date, machine: machine(), code, totalMs: performance.now() - started, sizes };
  } finally {
    if (projects) rmSync(projects, { recursive: true, force: true });
    if (exported) rmSync(exported, { recursive: true, force: true });
  }
}

/** The content/ files of the project at `root`, as text; throws if one cannot be read. */
function realContent(root: string): TextFile[] {
  return readContent(root).map((file) => {
    if (file.text === undefined)
      throw new Error(`${file.path} cannot be read (${file.problem}): run npm run check.`);
    return { path: file.path, text: file.text };
  });
}
