import { issueAt } from './issue.ts';
import { MAX_FILE_BYTES, type ContentFile } from './content-file.ts';
import type { Issue } from './issue.ts';
import { quote } from './quote.ts';

/** The issue for a content file that could not be read as text (see `ContentFile.problem`). */
export function fileIssue(file: ContentFile): Issue {
  const place = { file: file.path, line: file.line ?? 1, column: file.column ?? 1 };
  switch (file.problem) {
    case 'encoding':
      return issueAt(
        'file-encoding',
        place,
        file.detail === 'UTF-16'
          ? 'The file is saved as UTF-16, not UTF-8.'
          : 'The file is not UTF-8 text: this is the first byte that is not.',
      );
    case 'symlink':
      return issueAt(
        'file-symlink',
        place,
        `The file is a symbolic link${file.detail ? ` to ${quote(file.detail)}` : ''}, not a file.`,
      );
    case 'special':
      return issueAt('file-unreadable', place, `This is ${file.detail ?? 'not a regular file'}, not a file.`);
    case 'too-large':
      return issueAt(
        'file-too-large',
        place,
        `The file is ${megabytes(Number(file.detail))}; content files may be at most ${megabytes(MAX_FILE_BYTES)}.`,
      );
    case 'folder':
      return issueAt(
        'unexpected-folder',
        { ...place, file: `${file.path}/` },
        'This is a folder named like a file; the site ignores it and everything in it.',
      );
    case 'missing':
      return issueAt('content-missing', { ...place, file: 'content/' }, 'There is no content/ folder here.');
    default:
      return issueAt(
        'file-unreadable',
        place,
        `The file cannot be read${file.detail ? `: ${file.detail}` : ''}.`,
      );
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
