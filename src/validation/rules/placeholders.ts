import { issueAt } from '../issue.ts';
import type { Issue } from '../issue.ts';

/** The word `npm run new` puts in every value an author must still write (`TODO: ...`). */
export const PLACEHOLDER = /\bTODO\b/;

/** One issue per line of a content file that still holds placeholder text. */
export function placeholderIssues(file: string, text: string): Issue[] {
  return text.split('\n').flatMap((line, index) => {
    const match = PLACEHOLDER.exec(line);
    return match
      ? [
          issueAt(
            'placeholder-text',
            { file, line: index + 1, column: match.index + 1 },
            'This line still holds TODO placeholder text.',
          ),
        ]
      : [];
  });
}
