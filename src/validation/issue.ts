import type { IssueCode } from './catalogue.ts';

/** A problem found in the content, with the place an author must go to fix it. */
export interface Issue {
  /** Stable code from the catalogue, for example `unknown-reference`. */
  code: IssueCode;
  severity: Severity;
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line and column. */
  line: number;
  column: number;
  /** What is wrong, in one sentence. */
  message: string;
  /** How to fix it. */
  hint: string;
}

export type Severity = 'error' | 'warning';

/** Where in a file a problem is. */
export interface Place {
  file: string;
  line: number;
  column: number;
}
