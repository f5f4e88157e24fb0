import { checkContent, type Report } from './check-content.ts';
import { checkContentInParallel } from './check-in-parallel.ts';
import { readContent } from './read-content.ts';

/** Reads and checks the content of the project at `root`. */
export function checkProject(root: string, today = new Date().toISOString().slice(0, 10)): Report {
  return checkContent(readContent(root), today);
}

/** The same as {@link checkProject}, on every core for a large framework (see check-in-parallel.ts). */
export function checkProjectInParallel(
  root: string,
  today = new Date().toISOString().slice(0, 10),
): Promise<Report> {
  return checkContentInParallel(readContent(root), today);
}

/** Whether a report should fail the run: any error, or with `strict` any warning too. */
export function failed(report: Report, strict = false): boolean {
  return report.issues.some((issue) => issue.severity === 'error' || strict);
}

export { checkContent, type Report } from './check-content.ts';
export { checkContentInParallel } from './check-in-parallel.ts';
export { CATALOGUE, type IssueCode } from './catalogue.ts';
export type { Issue } from './issue.ts';
export { REPORTERS, type ReporterName } from './reporters/index.ts';
export { toFrameworkInput } from './to-framework-input.ts';
