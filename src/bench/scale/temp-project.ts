import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { TextFile } from './synthetic-content.ts';

/** What a build reads besides content/: configuration, code, static files and the scripts. */
export const PROJECT_INPUTS = [
  'astro.config.mjs',
  'project.config.mjs',
  'tsconfig.json',
  'package.json',
  'src',
  'public',
  'scripts',
];

/** A new empty folder under the system's temporary folder, named `<prefix>-XXXXXX`. */
export function tempFolder(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `${prefix}-`));
}

/**
 * Makes `dir` a copy of the project at `source` with `files` as its content/ (the source's
 * own content/ is never touched), and the packages of `packages`/node_modules as hard links
 * (see linkPackages), so that Astro's and Vite's caches in node_modules/ are the copy's own.
 */
export function writeProject(
  source: string,
  dir: string,
  files: readonly TextFile[],
  packages: string,
): void {
  for (const input of PROJECT_INPUTS) cpSync(join(source, input), join(dir, input), { recursive: true });
  linkPackages(packages, dir);
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

/**
 * Gives `dir` its own node_modules/: hard links to the files of `<repo>/node_modules` (fast,
 * no copying), leaving out caches. A symbolic link would not do: Astro resolves it to a path
 * outside the project and fails to build its components.
 */
export function linkPackages(repo: string, dir: string): void {
  execFileSync('cp', ['-al', join(repo, 'node_modules'), join(dir, 'node_modules')]);
  for (const cache of ['.astro', '.vite', '.cache'])
    rmSync(join(dir, 'node_modules', cache), { recursive: true, force: true });
}

/** Removes what a previous build left (output, lock, Astro and Vite caches), so the next build starts clean. */
export function cleanBuild(dir: string): void {
  for (const path of [
    'dist',
    'dist.staging',
    'dist.lock',
    '.astro',
    'node_modules/.astro',
    'node_modules/.vite',
  ])
    rmSync(join(dir, path), { recursive: true, force: true });
}
