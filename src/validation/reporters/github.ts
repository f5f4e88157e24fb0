import type { Report } from '../check-content.ts';
import { docsFor } from '../catalogue.ts';
import { summaryLine } from './summary.ts';

/** GitHub Actions workflow commands, so problems show as annotations on the pull request's files. */
export function formatGithub(report: Report): string {
  const lines = report.issues.map((issue) => {
    const properties = `file=${escapeProperty(issue.file)},line=${issue.line},col=${issue.column},title=${escapeProperty(issue.code)}`;
    return `::${issue.severity} ${properties}::${escapeData(`${issue.message} Hint: ${issue.hint} See ${docsFor(issue.code)}.`)}`;
  });
  return [...lines, summaryLine(report)].join('\n');
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
