import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { treeResidentBytes } from './process-tree.ts';

/** What one measured run of a Node script cost. */
export interface MeasuredRun {
  /** Wall-clock time, from start to exit. */
  wallMs: number;
  /** CPU time (user + system) of the script and of the processes it waited for. */
  cpuMs: number;
  /** The largest resident memory of the process tree: the Node process's own peak, or a larger sampled sum. */
  peakRssBytes: number;
  /** Exit status; null when the run was stopped (see `stopped`). */
  exitCode: number | null;
  /** Why the run was stopped early: over its time or memory limit. */
  stopped?: string;
  /** The end of what it printed (both streams), for a failure message. */
  output: string;
  /** Every line it printed (both streams, without colours), with when it arrived, in ms from the start. */
  lines: TimedLine[];
}

/** A line a measured process printed, and when (ms after it started). */
export interface TimedLine {
  ms: number;
  text: string;
}

export interface RunOptions {
  cwd: string;
  /** Stop the run (its whole process group) when its tree's memory goes over this. */
  memoryLimitBytes: number;
  timeoutMs: number;
  env?: NodeJS.ProcessEnv;
}

const HOOK = fileURLToPath(new URL('./usage-hook.ts', import.meta.url));
const SAMPLE_MS = 200;

/**
 * Runs `node <args>` (the Node running this script) in its own process group and measures
 * it: wall time, CPU time and peak memory (see usage-hook.ts), sampling the memory of its
 * process tree meanwhile, and when each line of its output arrived (see phases.ts). A run over its memory or time limit is stopped with its children,
 * so a benchmark can never take the machine down.
 */
export function measuredRun(args: readonly string[], options: RunOptions): Promise<MeasuredRun> {
  const scratch = mkdtempSync(join(tmpdir(), 'bench-usage-'));
  const usageFile = join(scratch, 'usage.json');
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', HOOK, ...args], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env, BENCH_USAGE_FILE: usageFile },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const lines: TimedLine[] = [];
  const partial = { stdout: '', stderr: '' };
  const keep = (stream: 'stdout' | 'stderr') => (chunk: Buffer) => {
    const ms = performance.now() - started;
    const text = chunk.toString();
    output = (output + text).slice(-4000);
    const parts = (partial[stream] + text).split('\n');
    partial[stream] = parts.pop()!;
    for (const line of parts) lines.push({ ms, text: line.replace(/\x1b\[[0-9;]*m/g, '') });
  };
  child.stdout.on('data', keep('stdout'));
  child.stderr.on('data', keep('stderr'));
  let sampled = 0;
  let stopped: string | undefined;
  const stop = (reason: string) => {
    stopped ??= reason;
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // Already gone.
    }
  };
  const sampler = setInterval(() => {
    sampled = Math.max(sampled, treeResidentBytes(child.pid!));
    if (sampled > options.memoryLimitBytes)
      stop(`memory over ${Math.round(options.memoryLimitBytes / 2 ** 30)} GiB`);
    if (performance.now() - started > options.timeoutMs)
      stop(`time over ${Math.round(options.timeoutMs / 1000)} s`);
  }, SAMPLE_MS);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearInterval(sampler);
      const wallMs = performance.now() - started;
      const usage = readUsage(usageFile);
      rmSync(scratch, { recursive: true, force: true });
      resolve({
        wallMs,
        cpuMs: usage?.cpuMs ?? 0,
        peakRssBytes: Math.max(sampled, usage?.maxRssBytes ?? 0),
        exitCode: stopped ? null : code,
        ...(stopped ? { stopped } : {}),
        output,
        lines,
      });
    });
  });
}

function readUsage(file: string): { cpuMs: number; maxRssBytes: number } | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}
