import { CATALOGUE } from '../validation/index.ts';
import { tableCell } from './markdown.ts';

/** The table of every problem `npm run check` can report, from the issue catalogue, for CONTRIBUTING.md. */
export function issueCodes(): string {
  return [
    '| Code | Severity | Problem | How to fix it |',
    '| --- | --- | --- | --- |',
    ...Object.entries(CATALOGUE).map(
      ([code, entry]) =>
        `| <a id="${code}"></a>\`${code}\` | ${entry.severity} | ${tableCell(entry.title)} | ${tableCell(entry.hint)} |`,
    ),
  ].join('\n');
}
