import { rmSync } from 'node:fs';
import { totalmem } from 'node:os';
import { readContent } from '../../validation/read-content.ts';
import { benchSize, type SizePlan } from './bench-size.ts';
import { codeState, exportCommit, machine } from './environment.ts';
import type { ScaleReport } from './scale-report.ts';
import type { TextFile } from './synthetic-content.ts';
import { tempFolder } from './temp-project.ts';

/**
 * The sizes `npm run bench` measures and how often, to finish within ten minutes on a 2-core
 * machine. The 1x and 10x builds compile every syllabus PDF. At 100x the site build alone
 * takes minutes and the 31 PDFs about as long again (each lists thousands of competencies),
 * so the 100x build leaves them out and the largest one is compiled on its own;
 * `--full` builds them all at every size instead (much longer, and the memory of a 2-core
 * machine's usual 16-24 GB may not be enough).
 */
export const DEFAULT_PLANS: SizePlan[] = [
  { factor: 1, checkRuns: 3, buildRuns: 3, bareRuns: 3, pdfs: 'build' },
  { factor: 10, checkRuns: 3, buildRuns: 2, bareRuns: 2, pdfs: 'build' },
  { factor: 100, checkRuns: 2, buildRuns: 1, bareRuns: 1, pdfs: 'sample' },
];

export interface ScaleOptions {
  /** The repository: its node_modules/ is used, and its working tree copied unless `ref` is given. */
  repo: string;
  /** Measure this commit instead of the working tree (for example HEAD, to leave out uncommitted work). */
  ref?: string;
  plans: readonly SizePlan[];
  log: (text: string) => void;
}

/** Runs the scale benchmark at every planned size and returns the report. */
export async function runScaleBench({ repo, ref, plans, log }: ScaleOptions): Promise<ScaleReport> {
  const started = performance.now();
  const date = new Date().toISOString();
  const code = codeState(repo, ref);
  const exported = ref ? tempFolder('bench-source') : undefined;
  try {
    if (exported) exportCommit(repo, ref!, exported);
    const source = exported ?? repo;
    const content = realContent(source);
    const limits = {
      // A run that would take the shared machine's memory is stopped, not left to the kernel.
      memoryLimitBytes: Math.min(12 * 2 ** 30, totalmem() * 0.6),
      timeoutMs: 20 * 60_000,
    };
    const sizes = [];
    for (const plan of plans) {
      log(`${plan.factor}x the real framework:`);
      sizes.push(await benchSize(plan, { source, packages: repo, content, limits, log }));
    }
    return { date, machine: machine(), code, totalMs: performance.now() - started, sizes };
  } finally {
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
