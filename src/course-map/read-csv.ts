/** One cell of a CSV file: its text and where it starts in the file's text. */
export interface Cell {
  text: string;
  /** Offset in the text where the cell starts, to place a problem found in the raw text (a bad byte). */
  start: number;
}

/** The records of a CSV file, or the record it stopped in. */
export interface CsvTable {
  /** Records in file order; a line break inside a quoted cell does not start a record. */
  rows: Cell[][];
  /** Where a quoted cell opens that never closes (1-based row and column); the rows stop there. */
  unclosed?: { row: number; column: number };
}

/**
 * Splits CSV text into records and cells as RFC 4180 describes: cells in double quotes may
 * hold the delimiter, line breaks and doubled quotes; records end in CRLF, LF or CR; a final
 * line break does not start an empty record. Like spreadsheet programs it is lenient where
 * the RFC is strict: a quote in the middle of an unquoted cell (`5" screen`) and text after a
 * closing quote are kept as written. Only a quote that never closes is an error, because
 * everything after it would be one cell.
 */
export function readCsv(text: string, delimiter: string): CsvTable {
  // The next delimiter or line break: found with one search, not character by character.
  const special = new RegExp(`[${delimiter.replace(/[\\\]^-]/g, '\\$&')}\\r\\n]`, 'g');
  const rows: Cell[][] = [];
  let row: Cell[] = [];
  let i = 0;
  // Each pass reads one cell, then the delimiter or line break after it.
  while (i < text.length) {
    const start = i;
    let value = '';
    if (text[i] === '"') {
      i += 1;
      for (;;) {
        const close = text.indexOf('"', i);
        if (close === -1) return { rows, unclosed: { row: rows.length + 1, column: row.length + 1 } };
        value += text.slice(i, close);
        if (text[close + 1] === '"') {
          value += '"';
          i = close + 2;
        } else {
          i = close + 1;
          break;
        }
      }
    }
    special.lastIndex = i;
    const end = special.exec(text)?.index ?? text.length;
    value += text.slice(i, end);
    i = end;
    row.push({ text: value, start });
    if (text[i] === delimiter) {
      i += 1;
      // A delimiter at the very end of the text still ends a cell: the empty one after it.
      if (i === text.length) row.push({ text: '', start: i });
      continue;
    }
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    rows.push(row);
    row = [];
  }
  if (row.length > 0) rows.push(row);
  return { rows };
}
