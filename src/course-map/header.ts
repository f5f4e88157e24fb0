import { quote } from '../validation/quote.ts';
import { nearest } from '../validation/nearest.ts';
import { COLUMNS, REQUIRED_COLUMNS, columnOf, type Column } from './columns.ts';
import { nameKey } from '../text/name-key.ts';
import { columnLetter, problemAt, type MapProblem } from './problems.ts';
import type { Cell } from './read-csv.ts';

/** Where each column is in the file (0-based cell index), or what is wrong with the header row. */
export type Header = { columns: Map<Column, number>; width: number } | { problems: MapProblem[] };

/**
 * Reads the header row: which cell holds which column. Headers other than the known columns
 * are left alone (a provider may keep their own columns, such as a term or a module code); a
 * required column that is missing is named, with the headers found and, when one is close,
 * the one that was probably meant.
 */
export function readHeader(cells: readonly Cell[]): Header {
  const headers = cells.map((cell) => cell.text.trim());
  const columns = new Map<Column, number>();
  const problems: MapProblem[] = [];
  headers.forEach((header, index) => {
    const column = columnOf(header);
    if (!column) return;
    const first = columns.get(column);
    if (first === undefined) columns.set(column, index);
    else {
      problems.push(
        problemAt(
          'duplicate-column',
          1,
          index + 1,
          `Column ${columnLetter(index + 1)} (${quote(header)}) is a second ${column} column; column ${columnLetter(first + 1)} is the first.`,
        ),
      );
    }
  });
  const named = headers.filter((h) => h !== '');
  if (columns.size === 0) {
    // Most likely a file with no header row, or another file: one message says so better than four.
    const found = named.length ? `it has: ${named.join(', ')}` : 'it is empty';
    return {
      problems: [
        problemAt(
          'missing-column',
          1,
          1,
          `Row 1 must name the columns, but none of its cells is ${REQUIRED_COLUMNS.join(', ')}; ${found}.`,
        ),
      ],
    };
  }
  const unknown = headers.flatMap((h, i) => (h !== '' && !columnOf(h) ? [{ header: h, index: i }] : []));
  for (const column of REQUIRED_COLUMNS.filter((c) => !columns.has(c))) {
    const found = named.length ? `its columns are: ${named.join(', ')}` : 'it is empty';
    const meant = unknown.find((u) => nearest(nameKey(u.header), [column]) !== undefined);
    problems.push(
      problemAt(
        'missing-column',
        1,
        meant ? meant.index + 1 : named.length + 1,
        `The header row (row 1) has no ${quote(column)} column; ${found}.`,
        meant
          ? `Rename column ${columnLetter(meant.index + 1)} from ${quote(meant.header)} to ${quote(column)}.`
          : `Add a column headed ${quote(column)}. A course map's columns are: ${COLUMNS.join(', ')} (notes and framework_edition may be left out).`,
      ),
    );
  }
  return problems.length ? { problems } : { columns, width: headers.length };
}
