// `npm run dev` for an author: a broken content file is shown with our file:line:col message,
// code and hint, in the terminal and in the browser (on open pages and on any page asked for),
// and fixing the file brings the site back. Runs Astro's dev server in a copy of the project.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeCopy, siteCopy } from '../reliability/support/site-copy.ts';
import { authorEnvironment } from '../helpers.ts';
import { launchBrowser } from './support/browser.ts';

const ASTRO = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
const FILE = 'content/competencies/machine-learning-basics.mdx';
const PATH = '/competencies/machine-learning-basics/';

let root: string;
let server: ChildProcess;
let output = '';
let url: string;

/** Waits until `check` passes, polling; fails with what the dev server printed. */
async function eventually(check: () => Promise<boolean> | boolean, what: string, timeout = 30_000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Timed out waiting for ${what}. The dev server printed:\n${output.slice(-3000)}`);
}

const fetchPage = async () => {
  const response = await fetch(`${url}${PATH}`, { headers: { accept: 'text/html' } });
  return { status: response.status, text: await response.text() };
};

const edit = (change: (text: string) => string) =>
  writeFileSync(join(root, FILE), change(readFileSync(join(root, FILE), 'utf8')));

beforeAll(async () => {
  root = siteCopy('dev-');
  const port = 4400 + Math.floor(Math.random() * 500);
  url = `http://localhost:${port}`;
  server = spawn(process.execPath, [ASTRO, 'dev', '--port', String(port)], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    // As from an author's terminal: without the test runner's settings (NODE_ENV=test, VITEST).
    env: authorEnvironment({ NO_COLOR: '1' }),
  });
  server.stdout!.on('data', (chunk: Buffer) => (output += chunk));
  server.stderr!.on('data', (chunk: Buffer) => (output += chunk));
  await eventually(() => /watching for file changes/.test(output), 'the dev server to start', 60_000);
});

afterAll(() => {
  server?.kill();
  if (root) removeCopy(root);
});

describe('npm run dev with a broken content file', () => {
  let page: Page;

  it('serves the page while the content is fine', async () => {
    // The first request can come before the dev server has loaded the collections.
    await eventually(async () => (await fetchPage()).status === 200, 'the page');
  });

  it('shows our message, with file, line, column, code and hint, in the browser and the terminal', async () => {
    const browser = await launchBrowser();
    page = await browser.newPage();
    await page.goto(`${url}${PATH}`);
    edit((text) => text.replace(/^kind: knowledge$/m, 'kind: knowlege'));

    // A page asked for now is our list of problems, not Astro's error page.
    await eventually(async () => (await fetchPage()).status === 500, 'the problems page');
    const { text } = await fetchPage();
    expect(text).toContain(`${FILE}:4:7`);
    expect(text).toContain('(invalid-value)');
    expect(text).toContain('Did you mean `knowledge`?');
    expect(text).not.toMatch(/\n\s+at /);

    // The page already open shows Vite's overlay with the same message.
    await page.waitForSelector('vite-error-overlay', { state: 'attached', timeout: 15_000 });
    const overlay = await page.$eval(
      'vite-error-overlay',
      (element) => element.shadowRoot?.textContent ?? '',
    );
    expect(overlay).toContain(`${FILE}:4:7`);

    expect(output).toContain(`${FILE}:4:7  error`);
    expect(output).toContain('(invalid-value)');
  });

  it('brings the site back, with the change, once the file is fixed', async () => {
    edit((text) =>
      text
        .replace(/^kind: knowlege$/m, 'kind: knowledge')
        .replace(/^title: .*$/m, 'title: Explain how machine learning systems learn (edited)'),
    );
    await eventually(async () => (await fetchPage()).status === 200, 'the page to come back');
    expect((await fetchPage()).text).toContain('Explain how machine learning systems learn (edited)');
    await page.context().browser()?.close();
  });
});
