/** Byte order mark: tells spreadsheet programs (notably Excel on Windows) that the file is UTF-8. */
export const UTF8_BOM = '\uFEFF';

/**
 * Writes rows as RFC 4180 CSV: CRLF between records (and after the last), fields quoted
 * when they contain a comma, a double quote, CR or LF, and quotes inside doubled.
 *
 * Text that would start a formula gets a leading apostrophe (see `neutralised`), so the file
 * is inert when opened in a spreadsheet. Pass numbers as numbers: they are our own values,
 * written as they are, so that a spreadsheet reads `2.5` or `-1` as a number.
 */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return rows.map((row) => row.map(field).join(',') + '\r\n').join('');
}

/**
 * Whether a spreadsheet would read text as a formula: it starts with `=`, `+`, `-`, `@`, a tab
 * or a carriage return (the characters OWASP's "CSV Injection" guidance lists).
 */
export function startsFormula(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}

/**
 * Text that a spreadsheet shows as written and never runs: formula-shaped text gets a leading
 * apostrophe, which Excel and LibreOffice take as "this cell is text"; other text is unchanged.
 */
export function neutralised(text: string): string {
  return startsFormula(text) ? `'${text}` : text;
}

function field(value: string | number): string {
  const text = typeof value === 'number' ? numberText(value) : neutralised(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** NaN or Infinity would be a bug upstream; writing "-Infinity" would also be formula-shaped text. */
function numberText(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`A CSV number must be finite, not ${value}.`);
  return String(value);
}
