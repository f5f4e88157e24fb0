import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { PROJECT_INPUTS } from './project-inputs.ts';

/** The machine a benchmark ran on. */
export interface Machine {
  cpuModel: string;
  cores: number;
  memoryBytes: number;
  node: string;
  platform: string;
}

/** The code a benchmark measured. */
export interface CodeState {
  commit: string;
  /** What was copied: a commit, or the working tree with its uncommitted changes. */
  source: 'commit' | 'working tree';
  /** Files changed but not committed (only for the working tree). */
  uncommitted: string[];
}

/** This machine and the Node running the benchmark. */
export function machine(): Machine {
  const list = cpus();
  return {
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryBytes: totalmem(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}

/** The commit `ref` resolves to in `repo`, and whether the working tree differs from it. */
export function codeState(repo: string, ref: string | undefined): CodeState {
  const commit = git(repo, ['rev-parse', ref ?? 'HEAD']).trim();
  if (ref) return { commit, source: 'commit', uncommitted: [] };
  const uncommitted = git(repo, ['status', '--porcelain', '--', ...PROJECT_INPUTS, 'content'])
    .split('\n')
    .filter(Boolean)
    .map((line) => line.slice(3));
  return { commit, source: 'working tree', uncommitted };
}

/** Writes the build inputs and content/ of commit `ref` into `dir` (which must exist). */
export function exportCommit(repo: string, ref: string, dir: string): void {
  const tar = execFileSync(
    'git',
    ['-C', repo, 'archive', '--format=tar', ref, '--', ...PROJECT_INPUTS, 'content'],
    {
      maxBuffer: 512 * 2 ** 20,
    },
  );
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
}

function git(repo: string, args: string[]): string {
  return execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8' });
}
