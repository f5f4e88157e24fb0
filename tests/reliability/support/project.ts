import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A throw-away copy of a project that a hostile-input case may damage. */
export interface Project {
  root: string;
  /** A competency file (relative path) the case may change; in a combined build each case gets its own. */
  competency: string;
  read(path: string): string;
  write(path: string, text: string | Uint8Array): void;
  edit(path: string, change: (text: string) => string): void;
  remove(path: string): void;
}

/** Wraps a project folder with helpers for changing its files. */
export function projectAt(root: string, competency: string): Project {
  const full = (path: string) => join(root, path);
  const project: Project = {
    root,
    competency,
    read: (path) => readFileSync(full(path), 'utf8'),
    write: (path, text) => {
      mkdirSync(dirname(full(path)), { recursive: true });
      writeFileSync(full(path), text);
    },
    edit: (path, change) => project.write(path, change(project.read(path))),
    remove: (path) => rmSync(full(path), { recursive: true, force: true }),
  };
  return project;
}

/** A temporary project holding a copy of a fixture's `content/` and nothing else. */
export function contentCopy(fixtureDir: string, competency: string): Project {
  const root = mkdtempSync(join(tmpdir(), 'hostile-'));
  cpSync(join(fixtureDir, 'content'), join(root, 'content'), { recursive: true });
  return projectAt(root, competency);
}

/**
 * Whether this process can read a file with no permissions at all: true for root (as in CI
 * containers), where `chmod 000` does not make a file unreadable.
 */
export function readsUnreadableFiles(): boolean {
  const dir = mkdtempSync(join(tmpdir(), 'chmod-'));
  const file = join(dir, 'probe');
  writeFileSync(file, 'probe');
  chmodSync(file, 0);
  try {
    readFileSync(file);
    return true;
  } catch {
    return false;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
