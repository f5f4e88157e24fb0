import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publish } from '../../src/integration/publish.ts';

function folderWith(root: string, name: string, content: string): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), content);
  return dir;
}

describe('publish', () => {
  it('replaces the target with the staging folder and leaves nothing behind', () => {
    const root = mkdtempSync(join(tmpdir(), 'publish-'));
    const target = folderWith(root, 'dist', 'old');
    const staging = folderWith(root, 'staging', 'new');
    publish(staging, target);
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('new');
    expect(existsSync(staging)).toBe(false);
    expect(existsSync(`${target}.previous`)).toBe(false);
  });

  it('publishes when there was no previous output', () => {
    const root = mkdtempSync(join(tmpdir(), 'publish-'));
    publish(folderWith(root, 'staging', 'new'), join(root, 'dist'));
    expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('new');
  });

  it('leaves the target untouched when there is nothing to publish', () => {
    const root = mkdtempSync(join(tmpdir(), 'publish-'));
    const target = folderWith(root, 'dist', 'old');
    expect(() => publish(join(root, 'missing'), target)).toThrow(/Nothing to publish/);
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('old');
  });
});
