import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentAt } from '../../src/authoring/git-content.ts';

/** A throwaway repository with two commits: one without content/, one with it. */
function repository(): string {
  const root = mkdtempSync(join(tmpdir(), 'git-content-'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
      cwd: root,
    });
  git('init', '-q');
  writeFileSync(join(root, 'README.md'), 'x');
  git('add', '.');
  git('commit', '-q', '-m', 'first');
  mkdirSync(join(root, 'content', 'levels'), { recursive: true });
  writeFileSync(join(root, 'content', 'framework.yaml'), 'title: T\n');
  writeFileSync(join(root, 'content', 'levels', 'awareness.mdx'), '---\nid: awareness\n---\nÉtude ✓\n');
  writeFileSync(join(root, 'content', 'levels', 'latin1.mdx'), Buffer.from([0x2d, 0xe9, 0x2d]));
  writeFileSync(join(root, 'content', '.hidden'), 'ignored');
  git('add', '.');
  git('commit', '-q', '-m', 'second');
  // The work tree changes afterwards; reading at a ref must not see it.
  writeFileSync(join(root, 'content', 'framework.yaml'), 'title: Changed\n');
  rmSync(join(root, 'content', 'levels', 'awareness.mdx'));
  return root;
}

describe('readContentAt', () => {
  const root = repository();

  it('reads content/ as it was at the ref, not as it is on disk, skipping dotfiles', () => {
    expect(readContentAt(root, 'HEAD')).toEqual([
      { path: 'content/framework.yaml', text: 'title: T\n' },
      { path: 'content/levels/awareness.mdx', text: '---\nid: awareness\n---\nÉtude ✓\n' },
      { path: 'content/levels/latin1.mdx', problem: 'encoding', line: 1, column: 2 },
    ]);
  });

  it('gives an empty list where content/ did not exist yet', () => {
    expect(readContentAt(root, 'HEAD~1')).toEqual([]);
  });

  it('explains a ref that does not exist', () => {
    expect(() => readContentAt(root, 'no-such-branch')).toThrow(
      /"no-such-branch" is not a branch, tag or commit/,
    );
  });
});
