import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bareStarlightFiles } from './bare-starlight.ts';
import { measuredRun, type MeasuredRun, type RunOptions } from './measured-run.ts';
import { outputSizes, type OutputSizes } from './output-sizes.ts';
import { medianPhases, phaseTimes, type PhaseTimes } from './phases.ts';
import { runStats, type RunStats } from './stats.ts';
import { collectionOf } from '../src/validation/check-file.ts';
import { scaleContent, type TextFile } from './synthetic-content.ts';
import { cleanBuild, PDF_CACHE, writeFiles, writeProject } from './temp-project.ts';

/** What to measure at one size. */
export interface SizePlan {
  /** How many times the real framework: 1, 10, 100. */
  factor: number;
  checkRuns: number;
  /** Builds from clean caches, PDFs compiled (0: no builds at this size, only the check). */
  fullRuns: number;
  /** Builds from clean caches but for the PDFs kept by the previous build, and bare Starlight builds. */
  siteRuns: number;
  /** Whether to rebuild after changing one competency, counting the PDFs compiled again. */
  oneChange: boolean;
}

/** A rebuild after one competency changed. */
export interface OneChange {
  competency: string;
  run: RunStats;
  /** PDFs the rebuild compiled (new files in the PDF cache). */
  compiled: number;
  /** PDFs whose syllabus lists the competency (both editions). */
  containing: number;
}

/** Everything measured at one size. */
export interface SizeResult {
  factor: number;
  /** Entries in the synthetic framework, per collection, and content files in all. */
  counts: Record<string, number>;
  /** `npm run check` (scripts/check.ts) on the synthetic framework. */
  check: RunStats;
  /** `npm run build` (`astro build`) from clean caches: everything, the syllabus PDFs included. */
  full?: RunStats;
  /** The same with the PDFs from the previous build in the PDF cache: the site without compiling PDFs. */
  site?: RunStats;
  /** The median time of each phase of the builds without compiling PDFs (see phases.ts). */
  sitePhases?: PhaseTimes;
  oneChange?: OneChange;
  output?: OutputSizes;
  /** `astro build` of a Starlight site with as many plain pages as our build made, and its output. */
  bare?: RunStats & { pages: number; htmlBytes: number; searchIndexBytes: number; phases: PhaseTimes };
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

/**
 * Measures one size in a project copy with a synthetic framework `plan.factor` times the real
 * one: its content check; its build from clean caches (PDFs compiled); its build from clean
 * caches but for the PDF cache (the site without compiling PDFs), each run of which is split
 * into phases; a rebuild after one competency changed; and, beside them, a bare Starlight
 * site of the same page count. Builds run `astro build`, as `npm run build` does.
 */
export async function measureSize(plan: SizePlan, env: BenchEnvironment): Promise<SizeResult> {
  const files = scaleContent(env.content, plan.factor);
  const project = join(env.workspace, `${plan.factor}x`);
  const bare = join(env.workspace, `bare-${plan.factor}x`);
  const step = (what: string, dir: string, args: string[]) =>
    measured(`${plan.factor}x: ${what}`, dir, args, env);
  const astro = (dir: string) => [join(dir, '../node_modules/astro/bin/astro.mjs'), 'build'];
  try {
    writeProject(env.source, project, files);
    const checks: MeasuredRun[] = [];
    for (let i = 1; i <= plan.checkRuns; i++)
      checks.push(await step(`check, run ${i}`, project, ['scripts/check.ts']));
    const result: SizeResult = { factor: plan.factor, counts: countEntries(files), check: runStats(checks) };
    if (plan.fullRuns === 0) return result;

    const full: MeasuredRun[] = [];
    const site: MeasuredRun[] = [];
    for (let i = 1; i <= Math.max(plan.fullRuns, plan.siteRuns); i++) {
      if (i <= plan.fullRuns) {
        cleanBuild(project);
        full.push(await step(`build from clean caches, run ${i}`, project, astro(project)));
      }
      if (i <= plan.siteRuns) {
        cleanBuild(project, { keepPdfs: true });
        site.push(await step(`build with the PDFs cached, run ${i}`, project, astro(project)));
      }
    }
    result.full = runStats(full);
    result.site = runStats(site);
    result.sitePhases = medianPhases(site.map((run) => phaseTimes(run.lines, run.wallMs)));
    result.output = outputSizes(join(project, 'dist'));
    if (plan.oneChange) result.oneChange = await changeOne(project, files, step, astro(project));

    writeFiles(bare, bareStarlightFiles(result.output.htmlPages, starlightVersions(env.packages)));
    const bareRuns: MeasuredRun[] = [];
    for (let i = 1; i <= plan.siteRuns; i++) {
      cleanBuild(bare);
      bareRuns.push(await step(`bare Starlight build, run ${i}`, bare, astro(bare)));
    }
    const bareOutput = outputSizes(join(bare, 'dist'));
    result.bare = {
      ...runStats(bareRuns),
      pages: result.output.htmlPages,
      htmlBytes: bareOutput.htmlBytes,
      searchIndexBytes: bareOutput.searchIndexBytes,
      phases: medianPhases(bareRuns.map((run) => phaseTimes(run.lines, run.wallMs))),
    };
    return result;
  } finally {
    rmSync(project, { recursive: true, force: true });
    rmSync(bare, { recursive: true, force: true });
  }
}

/**
 * Rewords the first outcome of one competency (one that few archetypes need), rebuilds with
 * every cache kept, and counts the PDFs compiled (the PDF cache names each by its document):
 * only the syllabi that list the competency should be compiled again.
 */
async function changeOne(
  project: string,
  files: readonly TextFile[],
  step: (what: string, dir: string, args: string[]) => Promise<MeasuredRun>,
  args: string[],
): Promise<OneChange> {
  const competency = files.find((file) => file.path === 'content/competencies/developing-ai-models.mdx')
    ? 'developing-ai-models'
    : collectionFiles(files, 'competencies')[0]!;
  const cache = join(project, PDF_CACHE);
  const before = new Set(readdirSync(cache));
  const file = join(project, `content/competencies/${competency}.mdx`);
  const text = readFileSync(file, 'utf8');
  const changed = text.replace(/(outcomes:\r?\n\s+- )(\w+) /, '$1$2 carefully ');
  if (changed === text) throw new Error(`${competency}: no outcome to reword.`);
  writeFileSync(file, changed);
  const run = await step(`rebuild after ${competency} changed`, project, args);
  const compiled = readdirSync(cache).filter((name) => name.endsWith('.pdf') && !before.has(name)).length;
  return { competency, run: runStats([run]), compiled, containing: containingPdfs(project, competency) };
}

/** Both editions of each syllabus the built site lists that competency in (its pages link the competency). */
function containingPdfs(project: string, competency: string): number {
  const syllabi = join(project, 'dist/syllabi');
  const pages = readdirSync(syllabi, { recursive: true, encoding: 'utf8' }).filter(
    (path) => path.endsWith('index.html') && !path.includes('learner'),
  );
  const listing = pages.filter((path) =>
    readFileSync(join(syllabi, path), 'utf8').includes(`/competencies/${competency}/`),
  );
  return listing.length * 2;
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

function collectionFiles(files: readonly TextFile[], collection: string): string[] {
  return files
    .filter((file) => collectionOf(file.path) === collection)
    .map((file) => file.path.replace(/^.*\//, '').replace(/\.mdx$/, ''));
}

async function measured(
  what: string,
  dir: string,
  args: string[],
  env: BenchEnvironment,
): Promise<MeasuredRun> {
  env.log(`  ${what}`);
  const result = await measuredRun(args, { cwd: dir, ...env.limits });
  if (result.exitCode === 0) return result;
  const why = result.stopped ? `stopped: ${result.stopped}` : `exit status ${result.exitCode}`;
  throw new Error(`${what} failed (${why}):\n${result.output}`);
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
