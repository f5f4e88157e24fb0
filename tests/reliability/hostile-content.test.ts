import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture } from '../helpers.ts';
import {
  BUILDING_CASES,
  COMPETENCY,
  FAILING_CASES,
  UNREADABLE_CASE,
  type FailingCase,
} from './hostile-cases.ts';
import { contentCopy, readsUnreadableFiles, type Project } from './support/project.ts';
import { runScript, SCRIPTS } from './support/run-script.ts';

/** Each run must finish well within this; a hang is killed and fails the case. */
const TIME_LIMIT = 30_000;
const LAST_GOOD = 'last good build';

function damaged(setup: (project: Project) => void): Project {
  const project = contentCopy(fixture('valid-minimal'), COMPETENCY);
  setup(project);
  mkdirSync(join(project.root, 'dist'));
  writeFileSync(join(project.root, 'dist', 'index.html'), LAST_GOOD);
  return project;
}

/** As root (CI containers) a chmod 000 file stays readable, so it builds like any other. */
const rootReadsEverything = readsUnreadableFiles();

describe.concurrent('npm run build refuses hostile content, naming the file, within the time limit', () => {
  const cases: FailingCase[] = rootReadsEverything ? FAILING_CASES : [...FAILING_CASES, UNREADABLE_CASE];
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_, hostile) => {
    const project = damaged(hostile.setup);
    const run = await runScript(SCRIPTS.build, project.root, TIME_LIMIT);
    const output = `${run.stdout}\n${run.stderr}`;

    expect(run.timedOut, 'the build hung').toBe(false);
    expect(run.status, output).toBe(1);
    const place = `${hostile.file}:${hostile.line ?? ''}`;
    const reported = run.stdout
      .split('\n')
      .find((line) => line.startsWith(place) && line.endsWith(`(${hostile.code})`));
    expect(reported, `no "${place}… (${hostile.code})" in:\n${output.slice(0, 4000)}`).toBeDefined();
    if (hostile.message) expect(reported).toMatch(hostile.message);
    expect(run.stdout).toContain('    hint: ');
    // Clear: no stack trace, no flood, no line an author cannot read, nothing read through a link.
    expect(output).not.toMatch(/\n\s+at /);
    expect(run.stdout.split('\n').length).toBeLessThan(100);
    expect(Math.max(...output.split('\n').map((line) => line.length))).toBeLessThan(1000);
    expect(output).not.toContain('SECRET-OUTSIDE-TEXT');
    // Nothing published, nothing left behind.
    expect(run.stderr).toContain('dist/ was left as it was');
    expect(readFileSync(join(project.root, 'dist', 'index.html'), 'utf8')).toBe(LAST_GOOD);
    expect(readdirSync(join(project.root, 'dist'))).toEqual(['index.html']);
    expect(existsSync(join(project.root, 'dist.staging'))).toBe(false);
    expect(existsSync(join(project.root, 'dist.lock'))).toBe(false);
  });
});

describe.concurrent('npm run check accepts quirky but valid content', () => {
  const cases = rootReadsEverything
    ? [...BUILDING_CASES, { name: UNREADABLE_CASE.name, setup: UNREADABLE_CASE.setup }]
    : BUILDING_CASES;
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_, quirky) => {
    const project = damaged(quirky.setup);
    const run = await runScript(SCRIPTS.check, project.root, TIME_LIMIT);
    expect(run.timedOut, 'the check hung').toBe(false);
    expect(run.stdout).toContain('no problems found');
    expect(run.status).toBe(0);
  });
});
