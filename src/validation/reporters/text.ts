import type { Report } from '../check-content.ts';
import { summaryLine } from './summary.ts';

/** Terminal output: `path:line:column  severity  message  (code)` and a hint under each problem. */
export function formatText(report: Report): string {
  const lines = report.issues.flatMap((issue) => [
    `${issue.file}:${issue.line}:${issue.column}  ${issue.severity}  ${issue.message}  (${issue.code})`,
    `    hint: ${issue.hint}`,
  ]);
  return [...lines, ...(lines.length ? [''] : []), summaryLine(report)].join('\n');
}
