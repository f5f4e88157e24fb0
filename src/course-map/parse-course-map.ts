import type { Framework } from '../framework/index.ts';
import { detectDelimiter } from './columns.ts';
import { decodeMap, invalidByteMessage } from './decode.ts';
import { readHeader } from './header.ts';
import { problemAt, sortProblems, type MapProblem } from './problems.ts';
import { readCsv, type Cell } from './read-csv.ts';
import { readRows } from './read-rows.ts';
import type { ParsedMap } from './types.ts';

/**
 * Reads a course map (the format is described in src/course-map/README.md) against a
 * framework: the file's bytes, or its text. Returns the map, or every problem found, each at
 * a row and column as a spreadsheet numbers them. Never throws on what a file holds.
 *
 * Problems with the file as a whole (too large, not UTF-8, not comma-separated, a quote that
 * never closes, a missing column) come alone: until they are fixed, the cells cannot be
 * trusted to be where they seem. Otherwise every cell of every row is checked.
 */
export function parseCourseMap(input: string | Uint8Array, framework: Framework): ParsedMap {
  const decoded = decodeMap(input);
  if ('problem' in decoded) return failed([decoded.problem]);
  const { text, invalid } = decoded;
  if (text.trim() === '') {
    return failed([problemAt('file-empty', 1, 1, 'The file is empty: it has no header row and no modules.')]);
  }
  const delimiter = detectDelimiter(text);
  if (!delimiter.readable) {
    return failed([
      problemAt('wrong-delimiter', 1, 1, `The cells are separated by ${delimiter.name}, not by commas.`),
    ]);
  }
  const table = readCsv(text, delimiter.char);
  if (invalid) {
    const place = cellAt(table.rows, invalid.offset);
    return failed([problemAt('not-utf8', place.row, place.column, invalidByteMessage(invalid.byte))]);
  }
  if (table.unclosed) {
    const { row, column } = table.unclosed;
    return failed([
      problemAt('unclosed-quote', row, column, `The quoted cell that starts in row ${row} never ends.`),
    ]);
  }
  const header = readHeader(table.rows[0]!);
  if ('problems' in header) return failed(header.problems);
  const rows = table.rows
    .map((cells, i) => ({ row: i + 1, cells }))
    .slice(1)
    .filter(({ cells }) => cells.some((cell) => cell.text.trim() !== ''));
  if (rows.length === 0) {
    return failed([problemAt('no-rows', 2, 1, 'The file has a header row but no rows under it.')]);
  }
  const layout = { ...header, decimalComma: delimiter.char === ';' };
  const { map, problems } = readRows(rows, layout, framework);
  return problems.length ? failed(problems) : { ok: true, map };
}

function failed(problems: MapProblem[]): ParsedMap {
  return { ok: false, problems: sortProblems(problems) };
}

/** The row and column of the cell holding a place in the text (the last cell starting before it). */
function cellAt(rows: readonly Cell[][], offset: number): { row: number; column: number } {
  let found = { row: 1, column: 1 };
  rows.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      if (cell.start <= offset) found = { row: r + 1, column: c + 1 };
    }),
  );
  return found;
}
