import { checkContent, type Report } from './check-content.ts';
import type { ContentFile } from './content-file.ts';
import { readContent } from './read-content.ts';

export interface CheckOptions {
  /** Today's date, YYYY-MM-DD, for review reminders; by default the date where this runs. */
  today?: string;
}

/**
 * Reads and checks the content of the project at `root`: the one way every tool checks
 * content (`npm run check`, the build, `npm run dev`, the diff). Returns the files it read
 * and the report.
 */
export function checkProject(
  root: string,
  options: CheckOptions = {},
): { files: ContentFile[]; report: Report } {
  const files = readContent(root);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  return { files, report: checkContent(files, today) };
}

/** Whether a report should fail the run: any error, or with `strict` any warning too. */
export function failed(report: Report, strict = false): boolean {
  return report.issues.some((issue) => issue.severity === 'error' || strict);
}

export { checkContent, type Report } from './check-content.ts';
export { CATALOGUE, type IssueCode } from './catalogue.ts';
export type { Issue } from './issue.ts';
export { REPORTERS, type ReporterName } from './reporters/index.ts';
export { toFrameworkInput } from './to-framework-input.ts';
