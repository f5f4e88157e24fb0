import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it } from 'vitest';
import { parseSiteUrl } from '../../src/framework/site-address.ts';
import { BuildStopped } from '../../src/integration/build-stopped.ts';
import { startBuild } from '../../src/integration/build-steps.ts';
import { checkContentOf } from '../../src/integration/check-content.ts';
import { REPORTERS } from '../../src/validation/index.ts';
import { fixture, TODAY } from '../helpers.ts';
import {
  BUILDING_CASES,
  COMPETENCY,
  FAILING_CASES,
  UNREADABLE_CASE,
  type FailingCase,
} from './hostile-cases.ts';
import { contentCopy, readsUnreadableFiles, type Project } from './support/project.ts';

// Every hostile case runs in this process, through the same code the build runs before Astro
// starts (src/integration/build-steps.ts); the reliability suite runs a few of them through a
// real `npm run build` as well (hostile-build.slow.test.ts).

const LAST_GOOD = 'last good build';

function damaged(setup: (project: Project) => void): Project {
  const project = contentCopy(fixture('valid-minimal'), COMPETENCY);
  setup(project);
  mkdirSync(join(project.root, 'dist'));
  writeFileSync(join(project.root, 'dist', 'index.html'), LAST_GOOD);
  return project;
}

const quietLogger = { info: () => {}, warn: () => {}, error: () => {} } as unknown as AstroIntegrationLogger;

/** What the build says when it refuses the project at `root`, or undefined if it starts. */
function buildRefusal(root: string): string | undefined {
  const state = {
    root,
    address: parseSiteUrl(undefined),
    pdfCache: join(root, 'pdfs'),
    content: checkContentOf(root, TODAY),
  };
  try {
    startBuild(state, join(root, 'dist'), quietLogger);
  } catch (error) {
    if (error instanceof BuildStopped) return error.message;
    throw error;
  }
  return undefined;
}

/** As root (CI containers) a chmod 000 file stays readable, so it builds like any other. */
const rootReadsEverything = readsUnreadableFiles();

describe('the build refuses hostile content, naming the file, and leaves dist/ as it was', () => {
  const cases: FailingCase[] = rootReadsEverything ? FAILING_CASES : [...FAILING_CASES, UNREADABLE_CASE];
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_, hostile) => {
    const project = damaged(hostile.setup);
    const started = performance.now();
    const output = buildRefusal(project.root);
    expect(performance.now() - started, 'the check took too long').toBeLessThan(10_000);

    expect(output, 'the build started').toBeDefined();
    const place = `${hostile.file}:${hostile.line ?? ''}`;
    const reported = output!
      .split('\n')
      .find((line) => line.startsWith(place) && line.endsWith(`(${hostile.code})`));
    expect(reported, `no "${place}… (${hostile.code})" in:\n${output!.slice(0, 4000)}`).toBeDefined();
    if (hostile.message) expect(reported).toMatch(hostile.message);
    expect(output).toContain('    hint: ');
    // Clear: no stack trace, no flood, no line an author cannot read, nothing read through a link.
    expect(output).not.toMatch(/\n\s+at /);
    expect(output!.split('\n').length).toBeLessThan(100);
    expect(Math.max(...output!.split('\n').map((line) => line.length))).toBeLessThan(1000);
    expect(output).not.toContain('SECRET-OUTSIDE-TEXT');
    // Nothing published, nothing left behind.
    expect(output).toContain('dist/ was left as it was');
    expect(readFileSync(join(project.root, 'dist', 'index.html'), 'utf8')).toBe(LAST_GOOD);
    expect(readdirSync(join(project.root, 'dist'))).toEqual(['index.html']);
    expect(existsSync(join(project.root, 'dist.staging'))).toBe(false);
    expect(existsSync(join(project.root, 'dist.lock'))).toBe(false);
  });
});

describe('the check accepts quirky but valid content', () => {
  const cases = rootReadsEverything
    ? [...BUILDING_CASES, { name: UNREADABLE_CASE.name, setup: UNREADABLE_CASE.setup }]
    : BUILDING_CASES;
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_, quirky) => {
    const project = damaged(quirky.setup);
    const { report } = checkContentOf(project.root, TODAY);
    expect(REPORTERS.text(report)).toContain('no problems found');
  });
});
