import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { BuiltSite } from './check-links.ts';

/** Reads a built site folder: every file's site path, and the text of every HTML page. */
export function readSite(dir: string): BuiltSite {
  const files = new Set<string>();
  const pages = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    const path = `/${relative(dir, full).split(sep).join('/')}`;
    files.add(path);
    if (path.endsWith('.html')) pages.set(path, readFileSync(full, 'utf8'));
  }
  return { files, pages };
}
