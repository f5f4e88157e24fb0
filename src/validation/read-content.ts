import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentFile } from './content-file.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads every file under `<root>/content/`, in a stable order. Never throws for one bad file. */
export function readContent(root: string): ContentFile[] {
  const files: ContentFile[] = [];
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      files.push({ path: toPosix(relative(root, dir)), problem: 'unreadable' });
      return;
    }
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const full = join(dir, name);
      const path = toPosix(relative(root, full));
      let isDirectory: boolean;
      try {
        isDirectory = statSync(full).isDirectory();
      } catch {
        files.push({ path, problem: 'unreadable' });
        continue;
      }
      if (isDirectory) walk(full);
      else files.push(readOne(full, path));
    }
  };
  walk(join(root, 'content'));
  return files;
}

function readOne(full: string, path: string): ContentFile {
  let bytes: Buffer;
  try {
    bytes = readFileSync(full);
  } catch {
    return { path, problem: 'unreadable' };
  }
  try {
    return { path, text: utf8.decode(bytes) };
  } catch {
    return { path, problem: 'encoding' };
  }
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}
