import type { Report } from '../check-content.ts';

/** Counts of a report's issues, for summary lines. */
export function summarise(report: Report) {
  const errors = report.issues.filter((i) => i.severity === 'error').length;
  const warnings = report.issues.length - errors;
  const files = new Set(report.issues.map((i) => i.file)).size;
  return { errors, warnings, files, fileCount: report.fileCount };
}

/** "3 problems (2 errors, 1 warning) in 2 files", or a success line. */
export function summaryLine(report: Report): string {
  const { errors, warnings, files, fileCount } = summarise(report);
  if (errors + warnings === 0) return `✔ Checked ${plural(fileCount, 'file')}: no problems found.`;
  const total = plural(errors + warnings, 'problem');
  return `${errors ? '✖' : '⚠'} ${total} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}) in ${plural(files, 'file')}; ${plural(fileCount, 'file')} checked.`;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
