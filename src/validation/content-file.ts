/** A file found under `content/`, as read from disk (or made up by a test). */
export interface ContentFile {
  /** Path relative to the project root, with forward slashes, for example `content/levels/expert.mdx`. */
  path: string;
  /** The decoded text, or undefined when the file could not be read as UTF-8 text. */
  text?: string;
  /** Why the text is missing. */
  problem?: 'unreadable' | 'encoding';
}

/** Where the framework-wide settings live, relative to the project root. */
export const FRAMEWORK_FILE = 'content/framework.yaml';
