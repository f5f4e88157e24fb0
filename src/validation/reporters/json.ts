import type { Report } from '../check-content.ts';
import { summarise } from './summary.ts';

/** A machine-readable report: `{ summary, issues }`, stable for tools to read. */
export function formatJson(report: Report): string {
  return JSON.stringify({ summary: summarise(report), issues: report.issues }, null, 2);
}
