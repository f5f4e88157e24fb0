import { describe, expect, it } from 'vitest';
import { buildFramework } from '../../src/framework/index.ts';
import { CSV_COLUMNS, frameworkCsv, toCsv, UTF8_BOM } from '../../src/exports/index.ts';
import { exportSample } from './sample.ts';

/** A small RFC 4180 reader, to check that what we write reads back to the same fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') (row.push(field), (field = ''));
    else if (char === '\r' && text[i + 1] === '\n')
      (row.push(field), rows.push(row), (row = []), (field = ''), i++);
    else field += char;
  }
  return rows;
}

describe('toCsv', () => {
  it('quotes fields with commas, quotes and line breaks, doubling inner quotes (RFC 4180)', () => {
    expect(toCsv([['plain', 'a,b', 'say "hi"', 'two\nlines', 'cr\rhere', 1.5]])).toBe(
      'plain,"a,b","say ""hi""","two\nlines","cr\rhere",1.5\r\n',
    );
  });

  it('ends every record, the last included, with CRLF', () => {
    expect(toCsv([['a'], ['b']])).toBe('a\r\nb\r\n');
  });
});

describe('frameworkCsv', () => {
  const csv = frameworkCsv(buildFramework(exportSample()));

  it('starts with a UTF-8 byte order mark, then the header', () => {
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(parseCsv(csv.slice(1))[0]).toEqual([...CSV_COLUMNS]);
  });

  it('has one row per competency and archetype that needs it, pathway by pathway', () => {
    const rows = parseCsv(csv.slice(1)).slice(1);
    expect(rows.map((r) => `${r[1]}:${r[3]}:${r[9]}`)).toEqual([
      'shapers:basics:low',
      'drivers:basics:low',
      'drivers:procure:high',
      'users:use:high',
      'users:basics:low',
      'users:procure:low',
    ]);
    expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
  });

  it('reads back awkward titles exactly', () => {
    const titles = parseCsv(csv.slice(1)).map((r) => r[4]);
    expect(titles).toContain('Buy AI, "safely", with care');
    expect(titles).toContain('Two\nlines, and "quotes"');
  });
});
