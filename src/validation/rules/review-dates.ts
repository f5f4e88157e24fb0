import { issueAt } from '../issue.ts';
import type { Issue } from '../issue.ts';
import type { CheckedEntry } from './context.ts';

/**
 * The entry's next review follows its last one, and is flagged when overdue on `today`.
 * A rule of one entry on its own, so each file's check runs it (check-file.ts), where the
 * file's places are at hand: every entry of a framework can be overdue at once.
 */
export function reviewDateIssues(entry: Pick<CheckedEntry, 'data' | 'locate'>, today: string): Issue[] {
  const { lastReviewed, nextReviewDue } = entry.data;
  if (nextReviewDue <= lastReviewed) {
    return [
      issueAt(
        'review-dates-order',
        entry.locate(['nextReviewDue']),
        `\`nextReviewDue\` (${nextReviewDue}) must be after \`lastReviewed\` (${lastReviewed}).`,
      ),
    ];
  }
  if (nextReviewDue < today) {
    return [
      issueAt('review-overdue', entry.locate(['nextReviewDue']), `The review was due on ${nextReviewDue}.`),
    ];
  }
  return [];
}
