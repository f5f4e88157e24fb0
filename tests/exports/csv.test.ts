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

  it('has one row per competency and level it describes, lowest level first', () => {
    const rows = parseCsv(csv.slice(1)).slice(1);
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    expect(rows.map((r) => `${r[col('competency_id')]}:${r[col('level_id')]}`)).toEqual([
      'use:low',
      'use:high',
      'basics:low',
      'procure:low',
      'procure:high',
    ]);
    expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
  });

  it('gives each level its outcomes, its hours from the level below and in all, and who needs it', () => {
    const rows = parseCsv(csv.slice(1)).slice(1);
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    const procureHigh = rows.find(
      (r) => r[col('competency_id')] === 'procure' && r[col('level_id')] === 'high',
    )!;
    expect(procureHigh[col('outcomes')]).toBe('procure high one\nprocure high two');
    expect([procureHigh[col('hours_from_level_below')], procureHigh[col('hours_to_this_level')]]).toEqual([
      '2',
      '3',
    ]);
    // Drivers need procure at high; Users at low, so only the low level is in their syllabus.
    expect(procureHigh[col('archetypes_needing_this_level')]).toBe('drivers');
    const procureLow = rows.find(
      (r) => r[col('competency_id')] === 'procure' && r[col('level_id')] === 'low',
    )!;
    expect(procureLow[col('archetypes_needing_this_level')]).toBe('drivers users');
    expect(procureLow[col('archetypes_whose_level_this_is')]).toBe('users');
  });

  it('reads back awkward titles exactly', () => {
    const titles = parseCsv(csv.slice(1)).map((r) => r[CSV_COLUMNS.indexOf('competency_title')]);
    expect(titles).toContain('Buy AI, "safely", with care');
    expect(titles).toContain('Two\nlines, and "quotes"');
  });
});
