import { nameKey } from '../text/name-key.ts';

/** The columns a course map is read from. Their order in a file does not matter. */
export const COLUMNS = ['module', 'competency', 'level', 'hours', 'notes', 'framework_edition'] as const;
export type Column = (typeof COLUMNS)[number];

/** Columns every course map must have; `notes` and `framework_edition` may be left out. */
export const REQUIRED_COLUMNS: readonly Column[] = ['module', 'competency', 'level', 'hours'];

/**
 * Other headers that mean a column: the names /framework.csv uses (`competency_id`,
 * `level_id`, `edition`), so a map made by copying from it is read as it stands.
 */
const ALIASES: Record<string, Column> = {
  'competency-id': 'competency',
  'level-id': 'level',
  edition: 'framework_edition',
};

/** The column a header cell names, ignoring case, spaces, hyphens and underscores; undefined for another column. */
export function columnOf(header: string): Column | undefined {
  const key = nameKey(header);
  return COLUMNS.find((column) => nameKey(column) === key) ?? ALIASES[key];
}

/** Separators a course map might arrive with. Only the first two are read. */
const DELIMITERS = [
  { char: ',', name: 'commas', readable: true },
  { char: ';', name: 'semicolons', readable: true },
  { char: '\t', name: 'tabs', readable: false },
  { char: '|', name: 'vertical bars (|)', readable: false },
] as const;

/**
 * The separator of a file, judged from its header row: the one that splits it into the most
 * cells naming known columns. A comma wins ties, and a header with no known column at all is
 * read with commas, so that the missing-column message shows what the header holds.
 */
export function detectDelimiter(text: string): { char: string; name: string; readable: boolean } {
  const header = text.split(/\r\n|\n|\r/, 1)[0] ?? '';
  const known = (char: string) =>
    header.split(char).filter((cell) => columnOf(cell.replaceAll('"', '')) !== undefined).length;
  return DELIMITERS.reduce((best, d) => (known(d.char) > known(best.char) ? d : best), DELIMITERS[0]);
}
