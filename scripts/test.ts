// npm test: the type check (`astro check`, which covers .astro files too) and the unit tests
// (vitest), side by side; fails if either does. The type check's output is shown once it
// ends, so the two do not interleave. Extra arguments go to vitest.
import { spawn } from 'node:child_process';

function run(command: string, args: string[], quiet: boolean): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const bin = (name: string) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;
const [types, tests] = await Promise.all([
  run(bin('astro'), ['check'], true),
  run(bin('vitest'), ['run', ...process.argv.slice(2)], false),
]);
console.log(types.code === 0 ? '\n✔ Type check (astro check): no errors.' : `\n${types.output}`);
process.exitCode = types.code || tests.code;
