import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROJECT_INPUTS } from '../../../bench/project-inputs.ts';
import { runScript, SCRIPTS, type ScriptRun } from './run-script.ts';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));

/** What a build reads: the configuration, the code, the static files and the content. */
const BUILD_INPUTS = [...PROJECT_INPUTS, 'content'];

/**
 * A copy of the project's build inputs in a new folder under `.reliability/` in the
 * repository (git-ignored), where Node finds the repository's node_modules by walking up; a
 * symbolic link to node_modules would not do, as Astro resolves it to a path outside the
 * project. Each copy has its own Astro and Vite caches, so builds never share state.
 */
export function siteCopy(prefix: string): string {
  mkdirSync(join(REPO, '.reliability'), { recursive: true });
  const root = mkdtempSync(join(REPO, '.reliability', prefix));
  for (const input of BUILD_INPUTS) cpSync(join(REPO, input), join(root, input), { recursive: true });
  return root;
}

/** Removes a copy unless KEEP_RELIABILITY is set (to look at a failure). */
export function removeCopy(root: string): void {
  if (!process.env['KEEP_RELIABILITY']) rmSync(root, { recursive: true, force: true });
}

/**
 * Builds the copy as a user would: `npm run build` (by default), or `npx astro build`, which
 * must give the same site.
 */
export function buildCopy(
  root: string,
  env: NodeJS.ProcessEnv = {},
  how: 'npm run build' | 'astro build' = 'npm run build',
): Promise<ScriptRun> {
  return how === 'npm run build'
    ? runScript('run', root, 600_000, env, ['build'], 'npm')
    : runScript(SCRIPTS.astro, root, 600_000, env, ['build']);
}

/** The sha256 of every file under `dir`, by path relative to it (forward slashes), sorted. */
export function treeHashes(dir: string): Map<string, string> {
  const hashes = new Map<string, string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const path = relative(dir, full).split(sep).join('/');
        hashes.set(path, createHash('sha256').update(readFileSync(full)).digest('hex'));
      }
    }
  };
  walk(dir);
  return new Map([...hashes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The files that only one tree has or that differ, one line each, for a failure message. */
export function treeDifferences(a: Map<string, string>, b: Map<string, string>): string[] {
  const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
  return paths.flatMap((path) => {
    if (!b.has(path)) return [`only in the first build: ${path}`];
    if (!a.has(path)) return [`only in the second build: ${path}`];
    return a.get(path) === b.get(path) ? [] : [`differs: ${path}`];
  });
}
