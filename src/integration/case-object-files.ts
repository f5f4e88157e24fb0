import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { caseObjectFiles, jsonText } from '../exports/index.ts';
import type { Framework } from '../framework/index.ts';
import type { SiteAddress } from '../framework/site-address.ts';

/**
 * Writes the file of every single CASE object (items, associations, definitions) into the
 * built site in `folder`, so that every `uri` in the CASE package resolves; returns how many.
 * Astro writes the package and the document, and serves these in `astro dev`
 * (src/pages/case/v1p1/[collection]/[id].json.ts); the build writes them here, as plain files,
 * because a large framework has thousands of them and Astro's work for each route (a page
 * render, a log line) would add up to a real part of the build.
 * The text is the same as Astro's: `jsonText` of the same `caseObjectFiles`.
 */
export function writeCaseObjectFiles(folder: string, framework: Framework, address: SiteAddress): number {
  const files = caseObjectFiles(framework, address);
  const folders = new Set(files.map((file) => dirname(join(folder, file.path))));
  for (const path of folders) mkdirSync(path, { recursive: true });
  for (const file of files) writeFileSync(join(folder, file.path), jsonText(file.body));
  return files.length;
}
