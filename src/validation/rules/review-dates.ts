import { issueAt } from '../catalogue.ts';
import type { Issue } from '../issue.ts';
import type { CheckedEntry, Rule } from './context.ts';

/** The next review follows the last one, and overdue reviews are flagged. */
export const reviewDatesRule: Rule = ({ entries, today }) => {
  const issues: Issue[] = [];
  for (const entry of Object.values(entries).flat() as CheckedEntry[]) {
    const { lastReviewed, nextReviewDue } = entry.data;
    if (nextReviewDue <= lastReviewed) {
      issues.push(
        issueAt(
          'review-dates-order',
          entry.locate(['nextReviewDue']),
          `\`nextReviewDue\` (${nextReviewDue}) must be after \`lastReviewed\` (${lastReviewed}).`,
        ),
      );
    } else if (nextReviewDue < today) {
      issues.push(
        issueAt('review-overdue', entry.locate(['nextReviewDue']), `The review was due on ${nextReviewDue}.`),
      );
    }
  }
  return issues;
};
