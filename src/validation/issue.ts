import { CATALOGUE, type CatalogueEntry, type IssueCode } from './catalogue.ts';
import type { Place, Severity } from './place.ts';

export type { Place, Severity } from './place.ts';

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

/** Creates an issue of the given kind at a place, with its catalogue severity and hint. */
export function issueAt(code: IssueCode, place: Place, message: string, hint?: string): Issue {
  const entry: CatalogueEntry = CATALOGUE[code];
  return {
    code,
    severity: entry.severity,
    ...place,
    message,
    hint: hint ?? entry.hint,
  };
}
