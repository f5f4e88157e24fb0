import { issueAt } from '../issue.ts';
import type { Issue } from '../issue.ts';
import type { CheckedEntry, Rule } from './context.ts';

/**
 * No entry is left longer between reviews than the framework allows: `reviewMonths` in
 * content/framework.yaml, or less for a competency in a strand that sets its own.
 */
export const reviewIntervalRule: Rule = ({ entries, settings }) => {
  if (!settings) return [];
  const strandMonths = new Map(settings.strands.map((s) => [s.id, s.reviewMonths]));
  const issues: Issue[] = [];
  for (const entry of Object.values(entries).flat() as CheckedEntry[]) {
    const strands = (entry.data as { strands?: string[] }).strands ?? [];
    const months = Math.min(
      settings.reviewMonths ?? Infinity,
      ...strands.map((id) => strandMonths.get(id) ?? Infinity),
    );
    if (months === Infinity) continue;
    const latest = addMonths(entry.data.lastReviewed, months);
    if (entry.data.nextReviewDue <= latest) continue;
    const why =
      months < (settings.reviewMonths ?? Infinity)
        ? `its strand is reviewed at least every ${months} months`
        : `entries are reviewed at least every ${months} months`;
    issues.push(
      issueAt(
        'review-interval-too-long',
        entry.locate(['nextReviewDue']),
        `The next review (${entry.data.nextReviewDue}) is after ${latest}: ${why}.`,
      ),
    );
  }
  return issues;
};

/** A `YYYY-MM-DD` date some months later, on the last day of the month if the day does not exist. */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}
