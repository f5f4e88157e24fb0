import type { Report } from '../check-content.ts';
import { docsFor } from '../catalogue.ts';
import type { Issue } from '../issue.ts';
import { plural, summaryLine } from './summary.ts';

/** How many problems of one file the terminal shows; the JSON format lists them all. */
export const MAX_SHOWN_PER_FILE = 20;

/** Terminal output: `path:line:column  severity  message  (code)` and a hint under each problem. */
export function formatText(report: Report): string {
  const lines = perFile(report.issues).flatMap(([file, issues]) => [
    ...issues
      .slice(0, MAX_SHOWN_PER_FILE)
      .flatMap((issue) => [
        `${issue.file}:${issue.line}:${issue.column}  ${issue.severity}  ${issue.message}  (${issue.code})`,
        `    hint: ${issue.hint} (${docsFor(issue.code)})`,
      ]),
    ...(issues.length > MAX_SHOWN_PER_FILE
      ? [
          `${file}  … and ${plural(issues.length - MAX_SHOWN_PER_FILE, 'more problem')} in this file (npm run check -- --format json lists them all)`,
        ]
      : []),
  ]);
  return [...lines, ...(lines.length ? [''] : []), summaryLine(report)].join('\n');
}

/** Issues grouped by file, in the report's order. */
function perFile(issues: readonly Issue[]): [string, Issue[]][] {
  const groups = new Map<string, Issue[]>();
  for (const issue of issues) {
    const group = groups.get(issue.file);
    if (group) group.push(issue);
    else groups.set(issue.file, [issue]);
  }
  return [...groups];
}
