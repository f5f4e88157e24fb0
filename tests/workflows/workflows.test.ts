import { readdirSync, readFileSync } from 'node:fs';
import { validateWorkflow } from '@action-validator/core';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';

const root = new URL('../../', import.meta.url);
const folder = new URL('.github/workflows/', root);
const scripts = Object.keys(
  (JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { scripts: Record<string, string> })
    .scripts,
);

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { 'runs-on': string; steps: Step[]; needs?: string }>;
}

const files = readdirSync(folder).filter((name) => /\.ya?ml$/.test(name));
const texts = Object.fromEntries(files.map((name) => [name, readFileSync(new URL(name, folder), 'utf8')]));
const workflows = Object.fromEntries(
  files.map((name) => [name, parseDocument(texts[name]!, { uniqueKeys: true }).toJS() as Workflow]),
);
const steps = (name: string) => Object.values(workflows[name]!.jobs).flatMap((job) => job.steps);
const runs = (name: string) => steps(name).flatMap((step) => (step.run ? [step.run] : []));

describe.each(files)('.github/workflows/%s', (name) => {
  it('is YAML without errors, warnings or duplicate keys', () => {
    const document = parseDocument(texts[name]!, { uniqueKeys: true, prettyErrors: true });
    expect([...document.errors, ...document.warnings].map(String)).toEqual([]);
  });

  it('is a valid workflow for the action-validator linter (GitHub workflow JSON Schema)', () => {
    expect(validateWorkflow(texts[name]!).errors).toEqual([]);
  });

  // Commands at the start of a line or after ; && || (, not the words "npm run" inside a message.
  it('only calls npm scripts that exist in package.json', () => {
    const called = runs(name).flatMap((run) =>
      [...run.matchAll(/(?:^|[;&|(]\s*)npm run(?:\s+--?[\w-]+)*\s+([\w:.-]+)/gm)].map((m) => m[1]!),
    );
    expect(called.length).toBeGreaterThan(0);
    for (const script of called) expect(scripts, `npm run ${script}`).toContain(script);
  });

  it('pins every action to a major version', () => {
    for (const step of steps(name).filter((s) => s.uses)) expect(step.uses).toMatch(/^[\w-]+\/[\w-]+@v\d+$/);
  });

  it('installs from the lockfile with the Node version of .nvmrc', () => {
    const setup = steps(name).filter((s) => s.uses?.startsWith('actions/setup-node@'));
    expect(setup.length).toBeGreaterThan(0);
    for (const step of setup) expect(step.with?.['node-version-file']).toBe('.nvmrc');
    expect(runs(name)).toContain('npm ci');
  });
});

describe('the pull-request workflow', () => {
  const name = 'pull-request.yml';

  it('runs on pull requests: checks as GitHub annotations, tests and the build', () => {
    expect(Object.keys(workflows[name]!.on)).toEqual(['pull_request']);
    expect(runs(name)).toEqual(
      expect.arrayContaining(['npm run check -- --format github', 'npm test', 'npm run build']),
    );
  });

  it('uploads the built site, PDFs included, as an artifact', () => {
    const upload = steps(name).find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with?.['path']).toBe('dist/');
  });

  it('posts the framework diff against the base branch as a comment it updates', () => {
    expect(
      runs(name).some((run) => /npm run --silent diff -- "\$BASE_REF" > framework-diff\.md/.test(run)),
    ).toBe(true);
    const comment = steps(name).find((s) => s.uses?.startsWith('actions/github-script@'));
    expect(String(comment?.with?.['script'])).toMatch(/updateComment[\s\S]*createComment/);
  });

  it('runs the content check, which refuses placeholders left by npm run new, as annotations', () => {
    expect(runs(name)).toContain('npm run check -- --format github');
  });
});

describe('the deploy workflow', () => {
  const name = 'deploy.yml';

  it('builds main and deploys it to GitHub Pages with SITE_URL from a repository variable or the Pages configuration', () => {
    expect(workflows[name]!.on['push']).toEqual({ branches: ['main'] });
    const build = steps(name).find((s) => s.run === 'npm run build')!;
    expect(build.env?.['SITE_URL']).toBe('${{ vars.SITE_URL || steps.pages.outputs.base_url }}');
    expect(steps(name).map((s) => s.uses?.split('@')[0])).toEqual(
      expect.arrayContaining([
        'actions/configure-pages',
        'actions/upload-pages-artifact',
        'actions/deploy-pages',
      ]),
    );
    expect(workflows[name]!.jobs['deploy']!.needs).toBe('build');
  });
});
