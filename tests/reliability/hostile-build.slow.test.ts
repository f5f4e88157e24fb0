import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../helpers.ts';
import {
  BUILDING_CASES,
  COMPETENCY,
  FAILING_CASES,
  guidePage,
  PROGRESSION_HEADING,
  UNREADABLE_CASE,
  type BuildingCase,
} from './hostile-cases.ts';
import { projectAt, readsUnreadableFiles } from './support/project.ts';
import type { ScriptRun } from './support/run-script.ts';
import { buildCopy, removeCopy, siteCopy, treeHashes } from './support/site-copy.ts';

// The quirky but valid inputs, all at once in a copy of the real framework (each case changes
// its own competency), through one full build: the site, search, syllabi, PDFs and exports.
const cases: BuildingCase[] = readsUnreadableFiles()
  ? [
      ...BUILDING_CASES,
      // As root (CI containers) a chmod 000 file is still readable, so it builds like any other.
      {
        name: UNREADABLE_CASE.name,
        setup: UNREADABLE_CASE.setup,
        page: (p) => `competencies/${p.competency.split('/').pop()!.replace('.mdx', '')}/index.html`,
        text: PROGRESSION_HEADING,
      },
    ]
  : BUILDING_CASES;

describe('a full build of the framework with quirky but valid content', () => {
  const root = siteCopy('hostile-');
  const competencies = readdirSync(join(root, 'content', 'competencies'))
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => `content/competencies/${name}`);
  const projects = cases.map((_, i) => projectAt(root, competencies[i]!));
  let build: ScriptRun;

  beforeAll(async () => {
    cases.forEach((quirky, i) => quirky.setup(projects[i]!));
    build = await buildCopy(root);
  });
  afterAll(() => removeCopy(root));

  it('succeeds', () => {
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
    expect(build.stdout).toContain('no problems found');
  });

  it.each(cases.map((quirky, i) => [quirky.name, quirky, i] as const))(
    '%s: its page is built',
    (_, quirky, i) => {
      const html = readFileSync(join(root, 'dist', quirky.page(projects[i]!)), 'utf8');
      expect(html).toContain(quirky.text);
    },
  );

  it('a later failure (a broken link found in the built site) names the file and leaves dist/ as it was', async () => {
    const before = treeHashes(join(root, 'dist'));
    writeFileSync(
      join(root, 'content', 'guide', 'reliability-broken-link.mdx'),
      guidePage('Broken link', 'See [the missing page](/no-such-page/).'),
    );
    const run = await buildCopy(root);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/content\/guide\/reliability-broken-link\.mdx:\d+:\d+ .*\(broken-link\)/);
    expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/\n\s+at /);
    expect(run.stderr).toContain('dist/ was left as it was');
    expect(treeHashes(join(root, 'dist'))).toEqual(before);
  });
});

// A few of the hostile cases (tests/reliability/hostile-content.test.ts runs them all in
// process) through a real `npm run build`, in a copy of the project holding the small fixture.
const SPAWNED = [
  'tab indenting a nested key',
  'YAML aliases that expand a billion times ("billion laughs")',
  'file cut short in the middle of an MDX tag',
];

describe('npm run build refuses hostile content, end to end', () => {
  it.each(FAILING_CASES.filter((c) => SPAWNED.includes(c.name)).map((c) => [c.name, c] as const))(
    '%s',
    async (_, hostile) => {
      const root = siteCopy('refused-');
      try {
        rmSync(join(root, 'content'), { recursive: true });
        cpSync(join(fixture('valid-minimal'), 'content'), join(root, 'content'), { recursive: true });
        hostile.setup(projectAt(root, COMPETENCY));
        mkdirSync(join(root, 'dist'));
        writeFileSync(join(root, 'dist', 'index.html'), 'last good build');
        const run = await buildCopy(root);
        const output = `${run.stdout}\n${run.stderr}`;
        expect(run.status, output).toBe(1);
        expect(output).toContain(`${hostile.file}:${hostile.line ?? ''}`);
        expect(output).toContain(`(${hostile.code})`);
        expect(output).not.toMatch(/\n\s+at /);
        expect(output).toContain('dist/ was left as it was');
        expect(readdirSync(join(root, 'dist'))).toEqual(['index.html']);
        expect(existsSync(join(root, 'dist.staging')) || existsSync(join(root, 'dist.lock'))).toBe(false);
      } finally {
        removeCopy(root);
      }
    },
  );
});
