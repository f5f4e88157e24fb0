import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PROJECT_INPUTS } from './project-inputs.ts';
import type { TextFile } from './synthetic-content.ts';

/** A new empty folder under the system's temporary folder, named `<prefix>-XXXXXX`. */
export function tempFolder(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `${prefix}-`));
}

/**
 * A new folder for the benchmark's projects, with a node_modules/ of hard links to the files
 * of `<packages>/node_modules` (fast, no copying; caches left out). Projects are written in
 * subfolders, where Node finds the packages by looking in parent folders, and each keeps
 * Astro's and Vite's caches in its own node_modules/. A symbolic link to the repository's
 * node_modules/ would not do: Astro resolves it to a path outside the project and fails.
 */
export function workspace(packages: string): string {
  const dir = tempFolder('bench-scale');
  execFileSync('cp', ['-al', join(packages, 'node_modules'), join(dir, 'node_modules')]);
  for (const cache of ['.astro', '.vite', '.cache'])
    rmSync(join(dir, 'node_modules', cache), { recursive: true, force: true });
  return dir;
}

/**
 * Makes `dir` (in a workspace) a copy of the project at `source` with `files` as its
 * content/; the source's own content/ is never touched.
 */
export function writeProject(source: string, dir: string, files: readonly TextFile[]): void {
  mkdirSync(dir, { recursive: true });
  for (const input of PROJECT_INPUTS) cpSync(join(source, input), join(dir, input), { recursive: true });
  writeFiles(dir, files);
}

/** Writes each file under `dir`, making its folders. */
export function writeFiles(dir: string, files: readonly TextFile[]): void {
  for (const file of files) {
    const path = join(dir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
  }
}

/** Where a project's PDFs are kept between builds: Astro's default cache folder (see src/integration/index.ts). */
export const PDF_CACHE = 'node_modules/.astro/syllabus-pdfs';

/**
 * Removes what a previous build left (output, lock, Astro's and Vite's caches), so the next
 * build starts clean; with `keepPdfs`, the PDFs kept between builds stay.
 */
export function cleanBuild(dir: string, { keepPdfs = false } = {}): void {
  for (const path of [
    'dist',
    'dist.staging',
    'dist.lock',
    '.astro',
    'node_modules/.vite',
    'node_modules/.cache',
  ])
    rmSync(join(dir, path), { recursive: true, force: true });
  const astroCache = join(dir, 'node_modules/.astro');
  if (!keepPdfs) return rmSync(astroCache, { recursive: true, force: true });
  for (const name of existsSync(astroCache) ? readdirSync(astroCache) : [])
    if (name !== 'syllabus-pdfs') rmSync(join(astroCache, name), { recursive: true, force: true });
}
