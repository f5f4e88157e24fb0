import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runMap } from '../../src/course-map/run-map.ts';
import { buildFramework } from '../../src/framework/index.ts';
import { checkProject, toFrameworkInput } from '../../src/validation/index.ts';
import { authorEnvironment } from '../helpers.ts';

// `npm run map` against the real content in content/, as a course lead would run it.
const root = fileURLToPath(new URL('../../', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'course-map-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The command as a user runs it, in its own process: for exit codes and what reaches the terminal. */
function spawned(...args: string[]) {
  const result = spawnSync(join(root, 'node_modules/.bin/node'), ['scripts/map.ts', ...args], {
    cwd: root,
    env: authorEnvironment(),
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// The real framework, loaded once, for the command run in this process (src/course-map/run-map.ts).
const input = toFrameworkInput(checkProject(root).report);
const framework = input ? buildFramework(input) : undefined;
const map = (...args: string[]) => runMap(args, () => framework);

function file(name: string, content: string | Uint8Array): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

/** No stack trace: no "    at function (file:line)" lines, no Error: prefix. */
const STACK = /^\s+at |^\w*Error:/m;

describe('npm run map', () => {
  const template = map('--template', '--archetypes', 'drivers');

  it('writes the template for the archetypes', () => {
    expect(template.code).toBe(0);
    expect(
      template.stdout.startsWith(
        '\uFEFFmodule,competency,competency_title,level,hours,notes,framework_edition\r\n',
      ),
    ).toBe(true);
    expect(template.stdout.split('\r\n').length).toBeGreaterThan(10);
    expect(spawned('--template', '--archetypes', 'drivers')).toEqual({
      code: 0,
      stdout: template.stdout,
      stderr: '',
    });
  });

  it('passes --strict for a course that teaches every competency to the level needed', () => {
    const path = file('all.csv', template.stdout.replace(/\r\n,/g, '\r\nWhole course,'));
    const result = map(path, '--archetypes', 'drivers', '--strict', '--format', 'json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.coverage.counts).toMatchObject({ missing: 0, below: 0 });
    expect(report.coverage.counts.covered).toBe(report.coverage.items.length);
  });

  it('fails --strict, and only --strict, when a competency is missing', () => {
    const lines = template.stdout.split('\r\n');
    const partial = [lines[0], `Intro${lines[1]}`, ...lines.slice(2)].join('\r\n');
    const path = file('partial.csv', partial);
    const plain = map(path, '--archetypes', 'drivers');
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/^# Course map compared with the syllabus for Drivers\n/);
    expect(plain.stdout).toContain('## Missing (');
    expect(map(path, '--archetypes', 'drivers', '--strict').code).toBe(1);
  });

  it('prints problems as file:row:column lines with hints, exits 1, and shows no stack trace', () => {
    const lines = template.stdout.split('\r\n');
    const [, competency, , level] = lines[1]!.split(',');
    const path = file(
      'bad.csv',
      `module,competency,level,hours\nIntro,${competency},${level},1\nNext,no-such-competency,${level},two\n`,
    );
    const result = spawned(path, '--archetypes', 'drivers');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`${path}:3:2  No competency of edition`);
    expect(result.stderr).toContain(`${path}:3:4  Hours must be a number, not "two".`);
    expect(result.stderr).toContain('    hint: ');
    expect(result.stderr).not.toMatch(STACK);
  });

  it('says to save as CSV UTF-8 for a Windows-1252 file', () => {
    const path = file(
      'latin1.csv',
      Buffer.from('module,competency,level,hours\nCaf\u00e9,x,y,1\n', 'latin1'),
    );
    const result = map(path, '--archetypes', 'drivers');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${path}:2:1  The file is not saved as UTF-8`);
    expect(result.stderr).toContain('CSV UTF-8');
    expect(result.stderr).not.toMatch(STACK);
  });

  it('refuses a file over the size limit, and a file that is not there', () => {
    const big = map(
      file('big.csv', new Uint8Array(5 * 1024 * 1024 + 10).fill(0x2c)),
      '--archetypes',
      'drivers',
    );
    expect(big.code).toBe(1);
    expect(big.stderr).toContain(':1:1  The file is larger than 5 MB');
    const missing = map(join(folder, 'nowhere.csv'), '--archetypes', 'drivers');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('there is no such file');
    expect(missing.stderr).not.toMatch(STACK);
  });

  it('lists the archetypes for an unknown one, and shows usage for bad arguments', () => {
    const unknown = map('--template', '--archetypes', 'driver');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown archetype "driver" (did you mean drivers?)');
    expect(unknown.stderr).toContain(
      'shapers (Shapers), drivers (Drivers), creators (Creators), embedders (Embedders), users (Users)',
    );
    const flag = spawned('course.csv', '--archetype', 'drivers');
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('Usage: npm run map');
    expect(flag.stderr).not.toMatch(STACK);
  });

  it('escapes text from the file in the HTML report', () => {
    const lines = template.stdout.split('\r\n');
    const hostile = [lines[0], `"<img src=x onerror=alert(1)>"${lines[1]}`, ...lines.slice(2)].join('\r\n');
    const result = map(file('hostile.csv', hostile), '--archetypes', 'drivers', '--format', 'html');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(result.stdout).not.toContain('<img');
  });
});
