import { startsFormula } from '../../exports/csv.ts';
import { issueAt } from '../issue.ts';
import type { Issue } from '../issue.ts';
import { describeCharacter, formatPath } from '../quote.ts';
import type { CheckedEntry, Rule } from './context.ts';

/**
 * No short display text starts like a spreadsheet formula. framework.csv writes such text with
 * a leading apostrophe (src/exports/csv.ts), so it is safe, but a reader sees the apostrophe
 * in the cell and other programs that copy the text into a spreadsheet may not add one.
 */
export const formulaTextRule: Rule = ({ entries }) =>
  (Object.values(entries).flat() as CheckedEntry[]).flatMap(formulaTextIssues);

/**
 * The fields checked, by their path in the frontmatter (`*` for every key or item). The
 * framework.csv cells are a competency's title and outcomes, a domain's name and a level's
 * name (src/exports/framework-csv.ts); the rest are the other titles, names, summaries and
 * assessment items, short text that people paste into spreadsheets too. Ids and closed
 * values cannot start with these characters.
 */
const FIELDS: Partial<Record<CheckedEntry['collection'], readonly (readonly string[])[]>> = {
  competencies: [['title'], ['progression', '*', 'outcomes', '*'], ['assessment', '*']],
  domains: [['name'], ['summary']],
  levels: [['name']],
  archetypes: [['name'], ['summary']],
  recommendations: [['title'], ['summary']],
  personas: [['name']],
};

/** One issue per checked field of an entry whose text a spreadsheet would read as a formula. */
export function formulaTextIssues(
  entry: Pick<CheckedEntry, 'collection' | 'locate'> & { data: unknown },
): Issue[] {
  return (FIELDS[entry.collection] ?? []).flatMap((path) =>
    valuesAt(entry.data, path).flatMap(({ value, at }) => {
      if (!looksLikeFormula(value)) return [];
      const first = /[\t\r]/.test(value[0]!) ? describeCharacter(value[0]!) : `"${value[0]}"`;
      return [
        issueAt(
          'formula-like-text',
          entry.locate(at),
          `\`${formatPath(at)}\` begins ${opening(value)}: a spreadsheet reads text that begins with ${first} as a formula.`,
          `Reword it so that it does not begin with ${first}; begin with a word instead${value[0] === '-' ? ' (a dash followed by a space is fine)' : ''}.`,
        ),
      ];
    }),
  );
}

/**
 * Text a spreadsheet would take for a formula. A dash and a space ("- as a bullet") is
 * prose, and the CSV writer still guards it; a dash followed by anything else ("-2",
 * "-SUM(A1)") is a negative number or a formula.
 */
export function looksLikeFormula(text: string): boolean {
  return startsFormula(text) && !text.startsWith('- ');
}

/** The text values at a path with `*` wildcards, each with its full path for `locate`. */
function valuesAt(data: unknown, path: readonly string[]): { value: string; at: (string | number)[] }[] {
  const [head, ...rest] = path;
  if (head === undefined) return typeof data === 'string' ? [{ value: data, at: [] }] : [];
  if (data === null || typeof data !== 'object') return [];
  const keys: (string | number)[] =
    head !== '*' ? [head] : Array.isArray(data) ? data.map((_, i) => i) : Object.keys(data);
  return keys.flatMap((key) =>
    valuesAt((data as Record<string | number, unknown>)[key], rest).map(({ value, at }) => ({
      value,
      at: [key, ...at],
    })),
  );
}

/** The first words of a value, quoted on one line, enough to find it in the file. */
function opening(value: string): string {
  const chars = [...value.replace(/\s+/g, ' ')];
  return `"${chars.slice(0, OPENING_LENGTH).join('')}${chars.length > OPENING_LENGTH ? '…' : ''}"`;
}

const OPENING_LENGTH = 24;
