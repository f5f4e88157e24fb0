import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixture } from '../helpers.ts';

const BUILD_SCRIPT = fileURLToPath(new URL('../../scripts/build.ts', import.meta.url));

/** Runs `npm run build`'s script in a copy of a fixture project that already has a dist/. */
function buildIn(fixtureName: string) {
  const root = mkdtempSync(join(tmpdir(), 'build-'));
  cpSync(join(fixture(fixtureName), 'content'), join(root, 'content'), { recursive: true });
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'dist', 'index.html'), 'last good build');
  const result = spawnSync(process.execPath, [BUILD_SCRIPT], { cwd: root, encoding: 'utf8' });
  return { root, ...result };
}

describe('npm run build with broken content', () => {
  it.each([
    ['unknown-domain', 'content/competencies/what-ai-is.mdx:5:9'],
    ['yaml-syntax', 'content/competencies/what-ai-is.mdx:12:5'],
    ['mdx-unclosed-tag', 'content/competencies/what-ai-is.mdx:29:1'],
  ])('%s: prints the problem with its place, exits 1 and keeps the last dist/', (name, place) => {
    const { root, status, stdout, stderr } = buildIn(name);
    expect(status).toBe(1);
    expect(stdout).toContain(place);
    expect(stderr).toContain('dist/ was left as it was');
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('last good build');
  });
});
