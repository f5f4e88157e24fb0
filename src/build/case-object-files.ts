import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { caseObjectFiles, jsonText } from '../exports/index.ts';
import type { Framework } from '../framework/index.ts';

/**
 * Writes the file of every single CASE object (items, associations, definitions) into the
 * built site in `folder`, so that every `uri` in the CASE package resolves; returns how many.
 * Astro writes the package and the document, and serves these in `astro dev`
 * (src/pages/case/v1p1/[collection]/[id].json.ts); the build writes them here because Astro
 * spends about a millisecond on each route: with thousands of small files in a large framework,
 * that was a sixth of the build.
 * The text is the same as Astro's: `jsonText` of the same `caseObjectFiles`.
 */
export function writeCaseObjectFiles(folder: string, framework: Framework, siteUrl: string): number {
  const files = caseObjectFiles(framework, siteUrl);
  const folders = new Set(files.map((file) => dirname(join(folder, file.path))));
  for (const path of folders) mkdirSync(path, { recursive: true });
  for (const file of files) writeFileSync(join(folder, file.path), jsonText(file.body));
  return files.length;
}
