import { execFileSync } from 'node:child_process';
import type { ContentFile } from '../validation/content-file.ts';
import { decodeContent } from '../validation/decode-content.ts';

/**
 * The files under `content/` as they were at a git ref (a branch, tag or commit), read
 * straight from the repository without touching the work tree, in the same form as
 * `readContent()` gives for the files on disk. An empty list when `content/` did not exist
 * at that ref. Throws with a clear message when the ref is not a commit.
 */
export function readContentAt(root: string, ref: string): ContentFile[] {
  const git = (args: string[], input?: Buffer) =>
    execFileSync('git', args, {
      cwd: root,
      input,
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
  try {
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch {
    throw new Error(
      `"${ref}" is not a branch, tag or commit in this repository (try main, origin/main or HEAD~1).`,
    );
  }
  const listing = git(['ls-tree', '-r', '-z', '--full-tree', ref, '--', 'content'])
    .toString('utf8')
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const [meta, path] = line.split('\t') as [string, string];
      const [mode, type, hash] = meta.split(' ') as [string, string, string];
      return { mode, type, hash, path };
    })
    .filter((entry) => entry.type === 'blob' && !entry.path.split('/').some((part) => part.startsWith('.')))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  if (listing.length === 0) return [];
  const output = git(['cat-file', '--batch'], Buffer.from(listing.map((e) => `${e.hash}\n`).join('')));
  let offset = 0;
  return listing.map(({ mode, path }) => {
    const headerEnd = output.indexOf(0x0a, offset);
    const size = Number(output.subarray(offset, headerEnd).toString('utf8').split(' ')[2]);
    const bytes = output.subarray(headerEnd + 1, headerEnd + 1 + size);
    offset = headerEnd + 1 + size + 1;
    // Git stores a symbolic link as a blob holding its target.
    if (mode === '120000') return { path, problem: 'symlink' as const, detail: bytes.toString('utf8') };
    return decodeContent(path, bytes);
  });
}
