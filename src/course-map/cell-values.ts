import { startsFormula } from '../exports/csv.ts';
import type { Competency, Framework, Level } from '../framework/index.ts';
import { nameKey } from '../text/name-key.ts';

/** The framework's competencies and levels, found by any name a cell may give them. */
export interface Names {
  /** The competency a cell names, by id or by title as the site shows it. */
  competency(text: string): Competency | undefined;
  /** The level a cell names, by id or display name ("Working knowledge" is `working-knowledge`). */
  level(text: string): Level | undefined;
}

/** Names to look cells up by, built once per file: a map may have thousands of rows. */
export function namesOf(framework: Framework): Names {
  // Ids go in last, so that an id wins over a title that happens to read like it.
  const competencies = new Map([
    ...framework.competencies.map((c) => [nameKey(c.title), c] as const),
    ...framework.competencies.map((c) => [c.id, c] as const),
  ]);
  const levels = new Map([
    ...framework.levels.map((l) => [nameKey(l.name), l] as const),
    ...framework.levels.map((l) => [l.id, l] as const),
  ]);
  return {
    competency: (text) => competencies.get(nameKey(text)),
    level: (text) => levels.get(nameKey(text)),
  };
}

/** How a filled-in hours cell reads: a number of hours, or why it is not one. */
export type HoursCell = { hours: number } | { problem: 'bad-hours' | 'negative-hours' };

/**
 * The hours in a cell that is not empty. Written with a decimal point; in a semicolon-separated
 * file also with a decimal comma, as Excel writes numbers where it separates cells with
 * semicolons (there a comma cannot be a separator, so `1,5` can only mean 1.5).
 */
export function readHours(text: string, decimalComma: boolean): HoursCell {
  const written = decimalComma ? text.trim().replace(/^(-?\d*),(\d+)$/, '$1.$2') : text.trim();
  if (/^-\s*(\d+\.?\d*|\.\d+)$/.test(written)) return { problem: 'negative-hours' };
  if (!/^(\d+\.?\d*|\.\d+)$/.test(written)) return { problem: 'bad-hours' };
  return { hours: Number(written) };
}

/**
 * Free text (a module's name, notes) as the author wrote it: our CSV writer (src/exports/csv.ts)
 * puts an apostrophe before text a spreadsheet would run as a formula, and a map that went
 * through it keeps the apostrophe; it is taken off again here.
 */
export function freeText(text: string): string {
  const trimmed = text.trim();
  return trimmed.startsWith("'") && startsFormula(trimmed.slice(1)) ? trimmed.slice(1) : trimmed;
}
