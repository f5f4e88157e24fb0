import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { treeDifferences, treeHashes } from './support/site-copy.ts';

/** A folder with the given files (path → content). */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'tree-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

describe('treeHashes and treeDifferences (what the determinism test compares)', () => {
  it('finds nothing between identical trees', () => {
    const files = { 'index.html': 'a', 'syllabi/users.pdf': 'b' };
    expect(treeDifferences(treeHashes(tree(files)), treeHashes(tree(files)))).toEqual([]);
  });

  it('names every file that differs or that only one tree has', () => {
    const first = treeHashes(tree({ 'index.html': 'a', 'a/b.css': 'x', 'old.js': '1' }));
    const second = treeHashes(tree({ 'index.html': 'A', 'a/b.css': 'x', 'new.js': '1' }));
    expect(treeDifferences(first, second)).toEqual([
      'differs: index.html',
      'only in the second build: new.js',
      'only in the first build: old.js',
    ]);
  });
});
