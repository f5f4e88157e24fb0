import { describe, expect, it } from 'vitest';
import {
  MAX_MAP_BYTES,
  parseCourseMap,
  type MapProblem,
  type ParsedMap,
} from '../../src/course-map/index.ts';
import { courseSample, DRIVERS_COURSE } from './sample.ts';

const framework = courseSample();
const HEADER = 'module,competency,level,hours,notes,framework_edition\n';

function map(input: string | Uint8Array) {
  const parsed = parseCourseMap(input, framework);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems, null, 2));
  return parsed.map;
}

/** The problems as `row:column code`, the way the command line places them. */
function places(input: string | Uint8Array): string[] {
  return problems(parseCourseMap(input, framework)).map((p) => `${p.row}:${p.column} ${p.code}`);
}

function problems(parsed: ParsedMap): MapProblem[] {
  if (parsed.ok) throw new Error('Expected problems, got a map.');
  return parsed.problems;
}

function only(input: string | Uint8Array): MapProblem {
  const found = problems(parseCourseMap(input, framework));
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('parseCourseMap reads', () => {
  it('a course map with level names, an empty hours cell and a quoted comma', () => {
    const { edition, rows, unfilled } = map(DRIVERS_COURSE);
    expect(edition).toBe('2026.2');
    expect(unfilled).toEqual([]);
    expect(rows).toHaveLength(10);
    expect(rows[1]).toEqual({
      row: 3,
      module: 'Data for decisions',
      competency: 'data-quality',
      level: 'working-knowledge',
      hours: 3,
      notes: '',
    });
    expect(rows[2]!.notes).toBe('Hands-on, in pairs');
    expect(rows.find((r) => r.module === 'Monitoring in practice')!.hours).toBeUndefined();
  });

  it('columns in any order, in any case, with the names framework.csv uses, and extra columns', () => {
    const text = 'Term,Hours,Level_ID,Competency ID,Module\nAutumn,1,AWARENESS,AI-Basics,Intro\n';
    expect(map(text).rows).toEqual([
      { row: 2, module: 'Intro', competency: 'ai-basics', level: 'awareness', hours: 1, notes: '' },
    ]);
    expect(map(text).edition).toBeUndefined();
  });

  it('a competency by its title', () => {
    expect(map(`${HEADER}Intro,Data quality,awareness,1,,\n`).rows[0]!.competency).toBe('data-quality');
  });

  it("Excel's European CSV: a byte order mark, semicolons, a decimal comma, CRLF", () => {
    const text = '\uFEFFmodule;competency;level;hours\r\nIntro;ai-basics;Awareness;1,5\r\n';
    expect(map(text).rows[0]!.hours).toBe(1.5);
    const bytes = Buffer.from(text);
    expect(map(bytes).rows[0]!.module).toBe('Intro');
  });

  it('rows as a spreadsheet counts them: a line break inside a quoted cell is one row', () => {
    const text = `${HEADER}Intro,ai-basics,awareness,1,"Two\nlines",\nNext,ai-basics,awarenes,1,,\n`;
    expect(places(text)).toEqual(['3:3 unknown-level']);
  });

  it('blank rows (as Excel leaves at the end) and a file without a final line break', () => {
    expect(map(`${HEADER}Intro,ai-basics,awareness,1,,\n,,,,,\n\n`).rows).toHaveLength(1);
    expect(map(`${HEADER}Intro,ai-basics,awareness,1,,`).rows).toHaveLength(1);
  });

  it('rows without a module (template lines) as unfilled, still checked', () => {
    const parsed = map(`${HEADER},ai-basics,awareness,,,\nIntro,ai-basics,awareness,1,,\n`);
    expect(parsed.unfilled).toEqual([2]);
    expect(parsed.rows.map((r) => r.row)).toEqual([3]);
    expect(places(`${HEADER},ai-basic,awareness,,,\n`)).toEqual(['2:2 unknown-competency']);
  });

  it('text that our CSV writer neutralised as it was written', () => {
    expect(map(`${HEADER}'=Intro,ai-basics,awareness,1,'-note,\n`).rows[0]).toMatchObject({
      module: '=Intro',
      notes: '-note',
    });
    expect(map(`${HEADER}'Tis the season,ai-basics,awareness,1,,\n`).rows[0]!.module).toBe("'Tis the season");
  });

  it('a merged competency id, for the edition check to explain', () => {
    expect(map(`${HEADER}Costs,lifetime-costs,awareness,1,,2026.2\n`).rows[0]!.competency).toBe(
      'lifetime-costs',
    );
  });

  it('an id the edition lacks when the map was made against another edition', () => {
    expect(map(`${HEADER}Old,old-topic,awareness,1,,2025.1\n`).rows[0]!.competency).toBe('old-topic');
    expect(places(`${HEADER}Old,old-topic,awareness,1,,2026.2\n`)).toEqual(['2:2 unknown-competency']);
    expect(places(`module,competency,level,hours\nOld,old-topic,awareness,1\n`)).toEqual([
      '2:2 unknown-competency',
    ]);
  });
});

describe('parseCourseMap places each problem at its row and column', () => {
  it('an unknown competency, with the closest id', () => {
    const problem = only(`${HEADER}Intro,ai-basics,awareness,1,,\nData,data-qualty,awareness,1,,\n`);
    expect(problem).toMatchObject({ row: 3, column: 2, code: 'unknown-competency' });
    expect(problem.message).toContain('"data-qualty"');
    expect(problem.hint).toBe('Did you mean "data-quality" (Data quality)?');
  });

  it('an unknown level, with the closest and every level', () => {
    const problem = only(`${HEADER}Intro,ai-basics,Practioner,1,,\n`);
    expect(problem).toMatchObject({ row: 2, column: 3, code: 'unknown-level' });
    expect(problem.hint).toContain('Did you mean "practitioner"?');
    expect(problem.hint).toContain('working-knowledge (Working knowledge)');
  });

  it('a level the competency does not describe', () => {
    const problem = only(`${HEADER}Watch,monitoring,expert,1,,\n`);
    expect(problem).toMatchObject({ row: 2, column: 3, code: 'level-not-described' });
    expect(problem.message).toBe(
      '"monitoring" has no Expert level: it is described up to Working knowledge.',
    );
  });

  it('hours that are not a number, or negative', () => {
    const text = `${HEADER}A,ai-basics,awareness,two,,\nB,ai-basics,awareness,2 hours,,\nC,ai-basics,awareness,-1,,\nD,ai-basics,awareness,"1,5",,\n`;
    expect(places(text)).toEqual(['2:4 bad-hours', '3:4 bad-hours', '4:4 negative-hours', '5:4 bad-hours']);
  });

  it('every problem of every row, in sheet order', () => {
    const text = `${HEADER}A,nope,awareness,1,,\nB,ai-basics,high,x,,\n,ai-basics,awareness,1,,\nD,,,,,\n`;
    expect(places(text)).toEqual([
      '2:2 unknown-competency',
      '3:3 unknown-level',
      '3:4 bad-hours',
      '4:1 missing-value',
      '5:2 missing-value',
      '5:3 missing-value',
    ]);
  });

  it('a missing column, naming it and the columns found', () => {
    const problem = only('module,competency,level,notes\nA,ai-basics,awareness,\n');
    expect(problem).toMatchObject({ row: 1, column: 5, code: 'missing-column' });
    expect(problem.message).toBe(
      'The header row (row 1) has no "hours" column; its columns are: module, competency, level, notes.',
    );
  });

  it('a misspelt column, at the column meant', () => {
    const problem = only('module,competency,level,hour\nA,ai-basics,awareness,1\n');
    expect(problem).toMatchObject({ row: 1, column: 4, code: 'missing-column' });
    expect(problem.hint).toBe('Rename column D from "hour" to "hours".');
  });

  it('a first row that names no column: no header row, or another file', () => {
    const problem = only('Intro,ai-basics,awareness,1\n');
    expect(problem).toMatchObject({ row: 1, column: 1, code: 'missing-column' });
    expect(problem.message).toBe(
      'Row 1 must name the columns, but none of its cells is module, competency, level, hours; it has: Intro, ai-basics, awareness, 1.',
    );
  });

  it('a column given twice', () => {
    expect(places('module,competency,level,hours,Hours\nA,ai-basics,awareness,1,2\n')).toEqual([
      '1:5 duplicate-column',
    ]);
  });

  it('a tab-separated file', () => {
    const problem = only('module\tcompetency\tlevel\thours\nA\tai-basics\tawareness\t1\n');
    expect(problem).toMatchObject({ row: 1, column: 1, code: 'wrong-delimiter' });
    expect(problem.message).toBe('The cells are separated by tabs, not by commas.');
  });

  it('a quote that never closes, where it opens', () => {
    const text = `${HEADER}A,ai-basics,awareness,1,,\nB,ai-basics,awareness,1,"Unclosed,\nC,ai-basics,awareness,1,,\n`;
    expect(places(text)).toEqual(['3:5 unclosed-quote']);
  });

  it('a row with more cells than the header: an unquoted comma', () => {
    const problem = only(`module,competency,level,hours\nEthics, law and AI,ai-basics,awareness,1\n`);
    expect(problem).toMatchObject({ row: 2, column: 5, code: 'extra-cells' });
  });

  it('rows that name different editions', () => {
    expect(
      places(
        `${HEADER}A,ai-basics,awareness,1,,2026.2\nB,ai-basics,awareness,1,,\nC,ai-basics,awareness,1,,2026.1\n`,
      ),
    ).toEqual(['4:6 mixed-editions']);
  });

  it('an empty file, or one with only a byte order mark and spaces', () => {
    for (const input of ['', '\uFEFF  \r\n', new Uint8Array(0), Uint8Array.of(0xef, 0xbb, 0xbf)]) {
      expect(places(input)).toEqual(['1:1 file-empty']);
    }
  });

  it('a header row and nothing else', () => {
    expect(places(HEADER)).toEqual(['2:1 no-rows']);
    expect(places(`${HEADER},,,,,\n`)).toEqual(['2:1 no-rows']);
  });
});

describe('parseCourseMap and encodings', () => {
  it('says which cell holds a Windows-1252 character, and to save as CSV UTF-8', () => {
    const bytes = Buffer.from(
      `${HEADER}Intro,ai-basics,awareness,1,,\nCaf\u00e9 AI,ai-basics,awareness,1,,\n`,
      'latin1',
    );
    const problem = only(bytes);
    expect(problem).toMatchObject({ row: 3, column: 1, code: 'not-utf8' });
    expect(problem.message).toContain('byte 0xE9, which is "é" in Windows-1252');
    expect(problem.hint).toContain('CSV UTF-8');
  });

  it('places a bad byte after a real replacement character and a byte order mark', () => {
    const bytes = Buffer.concat([
      Buffer.from(`\uFEFF${HEADER}Intro \uFFFD,ai-basics,awareness,1,`),
      Buffer.from([0x93]),
      Buffer.from('quoted\u201D,\n'),
    ]);
    expect(only(bytes)).toMatchObject({ row: 2, column: 5, code: 'not-utf8' });
    expect(only(bytes).message).toContain('"“" in Windows-1252');
  });

  it('reads UTF-8 text with accents and typographic quotes', () => {
    expect(map(Buffer.from(`${HEADER}Café “AI”,ai-basics,awareness,1,,\n`)).rows[0]!.module).toBe(
      'Café “AI”',
    );
  });

  it('recognises a workbook and UTF-16 text', () => {
    expect(only(Buffer.from('PK\x03\x04rest of a zip', 'latin1'))).toMatchObject({ code: 'not-csv' });
    expect(only(Buffer.from('\uFEFFmodule\tcompetency', 'utf16le'))).toMatchObject({ code: 'not-utf8' });
    expect(only(Buffer.from('module,competency', 'utf16le'))).toMatchObject({ code: 'not-csv' });
  });

  it(`refuses a file over ${MAX_MAP_BYTES / 1024 / 1024} MB without reading it`, () => {
    // Full of problems if it were read: only the size is reported.
    const bytes = new Uint8Array(MAX_MAP_BYTES + 1).fill(0xe9);
    expect(only(bytes)).toMatchObject({ row: 1, column: 1, code: 'file-too-large' });
    expect(only('"'.repeat(MAX_MAP_BYTES + 1))).toMatchObject({ code: 'file-too-large' });
    // A string of 2-byte characters can be over the limit in UTF-8 while shorter in length.
    expect(only('é'.repeat(MAX_MAP_BYTES / 2 + 1))).toMatchObject({ code: 'file-too-large' });
  });
});

describe('parseCourseMap never throws', () => {
  it('on any mix of delimiters, quotes, line breaks and bytes', () => {
    // A small deterministic generator, so that a failure can be replayed.
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pieces = [
      'module',
      'competency',
      'level',
      'hours',
      ',',
      ';',
      '\t',
      '"',
      '""',
      '\n',
      '\r\n',
      '\r',
      'ai-basics',
      'awareness',
      '1.5',
      '-',
      '\uFEFF',
      ' ',
    ];
    for (let i = 0; i < 500; i++) {
      const text = Array.from(
        { length: Math.floor(next() * 40) },
        () => pieces[Math.floor(next() * pieces.length)],
      ).join('');
      const bytes = Buffer.concat([Buffer.from(text), Buffer.from([Math.floor(next() * 256)])]);
      for (const input of [text, HEADER + text, bytes]) {
        const parsed = parseCourseMap(input, framework);
        if (!parsed.ok) {
          expect(parsed.problems.length).toBeGreaterThan(0);
          for (const p of parsed.problems) {
            expect(p.row).toBeGreaterThanOrEqual(1);
            expect(p.column).toBeGreaterThanOrEqual(1);
          }
        }
      }
    }
  });
});
