import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScriptRun } from './support/run-script.ts';
import { buildCopy, removeCopy, siteCopy, treeDifferences, treeHashes } from './support/site-copy.ts';

// Two clean builds of the same sources, one with `npm run build` and one with `npx astro build`,
// in different folders, on machines set to different time zones and languages, must produce
// the same bytes: the site, the search index, every syllabus PDF and the exports.
const MACHINES: NodeJS.ProcessEnv[] = [
  { TZ: 'UTC', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' },
  { TZ: 'Pacific/Kiritimati', LANG: 'da_DK.UTF-8', LC_ALL: 'da_DK.UTF-8' },
];

const COMMANDS = ['npm run build', 'astro build'] as const;

describe('two clean builds of the same commit, by npm run build and by npx astro build', () => {
  const roots = MACHINES.map((_, i) => siteCopy(`determinism-${i + 1}-`));
  const runs: ScriptRun[] = [];

  beforeAll(async () => {
    // One after the other: each build uses both cores.
    for (const [i, root] of roots.entries()) runs.push(await buildCopy(root, MACHINES[i], COMMANDS[i]));
  });
  afterAll(() => roots.forEach(removeCopy));

  it('both succeed', () => {
    for (const run of runs) expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
  });

  it('produce byte-identical dist/ trees', () => {
    const [first, second] = roots.map((root) => treeHashes(join(root, 'dist'))) as [
      Map<string, string>,
      Map<string, string>,
    ];
    expect(first.size).toBeGreaterThan(100);
    expect(first.has('syllabi/users.pdf') && first.has('pagefind/pagefind.js')).toBe(true);
    expect(treeDifferences(first, second)).toEqual([]);
  });

  it('write no path of the machine that built them into the output', () => {
    const [root] = roots as [string];
    const leaks = [...treeHashes(join(root, 'dist')).keys()].filter((path) =>
      readFileSync(join(root, 'dist', path)).includes(root),
    );
    expect(leaks).toEqual([]);
  });
});
