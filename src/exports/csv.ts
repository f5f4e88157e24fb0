/** Byte order mark: tells spreadsheet programs (notably Excel on Windows) that the file is UTF-8. */
export const UTF8_BOM = '\uFEFF';

/**
 * Writes rows as RFC 4180 CSV: CRLF between records (and after the last), fields quoted
 * when they contain a comma, a double quote, CR or LF, and quotes inside doubled.
 */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return rows.map((row) => row.map(field).join(',') + '\r\n').join('');
}

function field(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
