/** A file found under `content/`, as read from disk (or made up by a test). */
export interface ContentFile {
  /** Path relative to the project root, with forward slashes, for example `content/levels/expert.mdx`. */
  path: string;
  /** The decoded text, or undefined when the file could not be read as UTF-8 text. */
  text?: string;
  /** Why the text is missing. */
  problem?: FileProblem;
  /** Specifics for the message: where a link points, the file's size, the kind of special file, the reason. */
  detail?: string;
  /** Where in the file the problem is (the first byte that is not UTF-8), when known. */
  line?: number;
  column?: number;
}

/**
 * Why a file has no text: it could not be read, is not UTF-8, is a symbolic link, is not a
 * regular file (a pipe, a device), is too large, is a folder named like a file, or (for the
 * path `content`) the content folder itself is missing.
 */
export type FileProblem =
  'unreadable' | 'encoding' | 'symlink' | 'special' | 'too-large' | 'folder' | 'missing';

/** Where the framework-wide settings live, relative to the project root. */
export const FRAMEWORK_FILE = 'content/framework.yaml';

/** The largest content file the checks read, in bytes: content files are pages of text. */
export const MAX_FILE_BYTES = 1024 * 1024;
