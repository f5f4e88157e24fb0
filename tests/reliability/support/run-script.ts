import { execFile } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { authorEnvironment } from '../../helpers.ts';

/** Node's compile cache, shared by every run: the scripts start in a third of the time. */
const COMPILE_CACHE = join(tmpdir(), 'reliability-node-compile-cache');

/** `npm run check`'s script, and Astro's command line (`npm run build` runs `astro build`). */
export const SCRIPTS = {
  check: fileURLToPath(new URL('../../../scripts/check.ts', import.meta.url)),
  astro: fileURLToPath(new URL('../../../node_modules/astro/bin/astro.mjs', import.meta.url)),
};

export interface ScriptRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Whether the time limit ran out and the script was killed. */
  timedOut: boolean;
  milliseconds: number;
}

/**
 * Runs a script (with `args`) with this Node in `cwd`, or another command when `command` is
 * given, killed after `timeout` ms so a hang fails the test instead of stalling it. Never rejects.
 */
export function runScript(
  script: string,
  cwd: string,
  timeout: number,
  env: NodeJS.ProcessEnv = {},
  args: string[] = [],
  command = process.execPath,
): Promise<ScriptRun> {
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(
      command,
      [script, ...args],
      {
        cwd,
        timeout,
        killSignal: 'SIGKILL',
        maxBuffer: 64 * 1024 * 1024,
        env: authorEnvironment({ NODE_COMPILE_CACHE: COMPILE_CACHE, ...env }),
      },
      (error, stdout, stderr) => {
        const failure = error as (Error & { code?: number | string; killed?: boolean }) | null;
        resolve({
          status: failure ? (typeof failure.code === 'number' ? failure.code : null) : 0,
          stdout,
          stderr,
          timedOut: Boolean(failure?.killed),
          milliseconds: performance.now() - started,
        });
      },
    );
  });
}
