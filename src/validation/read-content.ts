import { lstatSync, readdirSync, readFileSync, readlinkSync, statSync, type Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { MAX_FILE_BYTES, type ContentFile } from './content-file.ts';
import { decodeContent } from './decode-content.ts';

/** Folder names that look like file names: a folder `x.mdx/` is never content. */
const FILE_LIKE = /\.(?:mdx?|ya?ml)$/i;

/**
 * Reads every file under `<root>/content/`, in a stable order. Never throws and never hangs
 * for one bad entry: symbolic links are reported, not followed (so a link loop or a link out
 * of the project is never read), pipes and devices are not opened, and files over the size
 * limit are not read. When `content/` itself is missing or not a folder, the one entry
 * `{ path: 'content', problem: 'missing' }` says so.
 */
export function readContent(root: string): ContentFile[] {
  const top = join(root, 'content');
  let isFolder = false;
  try {
    isFolder = statSync(top).isDirectory();
  } catch {
    // Missing: reported below.
  }
  if (!isFolder) return [{ path: 'content', problem: 'missing' }];

  const files: ContentFile[] = [];
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (error) {
      files.push({ path: toPosix(relative(root, dir)), problem: 'unreadable', detail: reason(error) });
      return;
    }
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const full = join(dir, name);
      const path = toPosix(relative(root, full));
      let stats: Stats;
      try {
        stats = lstatSync(full);
      } catch (error) {
        files.push({ path, problem: 'unreadable', detail: reason(error) });
        continue;
      }
      if (stats.isSymbolicLink()) files.push({ path, problem: 'symlink', detail: linkTarget(full) });
      else if (stats.isDirectory()) {
        if (FILE_LIKE.test(name)) files.push({ path, problem: 'folder' });
        else walk(full);
      } else if (!stats.isFile()) files.push({ path, problem: 'special', detail: kindOf(stats) });
      else if (stats.size > MAX_FILE_BYTES)
        files.push({ path, problem: 'too-large', detail: String(stats.size) });
      else files.push(readOne(full, path));
    }
  };
  walk(top);
  return files;
}

function readOne(full: string, path: string): ContentFile {
  try {
    return decodeContent(path, readFileSync(full));
  } catch (error) {
    return { path, problem: 'unreadable', detail: reason(error) };
  }
}

function linkTarget(full: string): string {
  try {
    return readlinkSync(full);
  } catch {
    return '';
  }
}

function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/** The system's reason, for example "permission denied (EACCES)". */
function reason(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  const text = /^\w+: ([^,]+)/.exec(message)?.[1] ?? message;
  return code ? `${text} (${code})` : text;
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}
