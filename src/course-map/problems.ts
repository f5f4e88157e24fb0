/**
 * Every kind of problem a course-map file can have: its stable code, what it is, and how a
 * course lead fixes it in a spreadsheet. Messages add the specifics (the value, the row); the
 * hint here is the default, which a message may sharpen (a close match, the columns found).
 * Course maps are read by training providers, not curriculum authors, so they have their own
 * catalogue rather than entries in src/validation/catalogue.ts.
 */
export const PROBLEMS = {
  'file-too-large': {
    title: 'The file is too large to be a course map',
    hint: 'A course map has one row per module and competency, a few hundred rows at most. Check that you chose the right file, and save only the course map sheet as CSV.',
  },
  'file-empty': {
    title: 'The file is empty',
    hint: 'Start from a template (downloaded from the course-mapping page, or written by npm run map -- --template), fill it in, and save it as "CSV UTF-8".',
  },
  'not-csv': {
    title: 'The file is not a CSV file',
    hint: 'In Excel: File > Save As > "CSV UTF-8 (Comma delimited) (*.csv)". In LibreOffice: File > Save As > "Text CSV", character set "Unicode (UTF-8)".',
  },
  'not-utf8': {
    title: 'The file is not saved as UTF-8',
    hint: 'Save it again as "CSV UTF-8": in Excel, File > Save As > "CSV UTF-8 (Comma delimited) (*.csv)" (plain "CSV (Comma delimited)" uses your computer\'s code page); in LibreOffice, "Text CSV" with character set "Unicode (UTF-8)".',
  },
  'wrong-delimiter': {
    title: 'The cells are not separated by commas',
    hint: 'Save it as "CSV UTF-8 (Comma delimited)". Semicolons (as Excel writes CSV in many European languages) are read too; tabs and other separators are not.',
  },
  'unclosed-quote': {
    title: 'A quoted cell never ends',
    hint: 'Add the closing double quote ("). A double quote inside a cell is written as two ("").',
  },
  'missing-column': {
    title: 'A required column is missing',
    hint: 'The first row must name the columns: module, competency, level, hours (and, if you like, notes and framework_edition), in any order.',
  },
  'duplicate-column': {
    title: 'Two columns have the same name',
    hint: 'Rename or delete one of them, so that each value is read from one place.',
  },
  'no-rows': {
    title: 'The file has a header row but no modules',
    hint: 'Add one row for each competency a module teaches, under the header row.',
  },
  'extra-cells': {
    title: 'A row has more cells than the header',
    hint: 'A comma inside a cell must be in a quoted cell ("Ethics, law and AI"); spreadsheet programs do this for you when they save as CSV.',
  },
  'missing-value': {
    title: 'A required cell is empty',
    hint: 'Fill in the cell. Each row says which module teaches which competency, to which level.',
  },
  'unknown-competency': {
    title: 'No competency has this id',
    hint: "Use the id from the competency's page address (/competencies/<id>/) or from framework.csv (competency_id); the template lists every competency a syllabus needs.",
  },
  'unknown-level': {
    title: 'No level has this name',
    hint: "Use a level's id or name: the message lists them.",
  },
  'level-not-described': {
    title: 'The competency does not go up to this level',
    hint: 'Use one of the levels the competency describes (see its page); the message lists them.',
  },
  'bad-hours': {
    title: 'The hours are not a number',
    hint: 'Write the hours as a plain number with a decimal point, such as 2 or 1.5, without units; leave the cell empty if you do not know.',
  },
  'negative-hours': {
    title: 'The hours are negative',
    hint: 'Write the hours the module spends on the competency, 0 or more.',
  },
  'mixed-editions': {
    title: 'Rows name different framework editions',
    hint: 'A map is made against one edition: fill framework_edition with the same value on every row (the edition printed on the template and the syllabus).',
  },
} as const satisfies Record<string, { title: string; hint: string }>;

export type ProblemCode = keyof typeof PROBLEMS;

/** A problem in a course-map file, at a cell as a spreadsheet numbers it. */
export interface MapProblem {
  code: ProblemCode;
  /** 1-based, counting records as a spreadsheet shows them: row 1 is the header. */
  row: number;
  /** 1-based: column 1 is the first cell of the row (A in a spreadsheet). */
  column: number;
  /** What is wrong, in one sentence. */
  message: string;
  /** How to fix it. */
  hint: string;
}

/** A problem of the given kind at a cell, with the catalogue's hint unless a sharper one is given. */
export function problemAt(
  code: ProblemCode,
  row: number,
  column: number,
  message: string,
  hint?: string,
): MapProblem {
  return { code, row, column, message, hint: hint ?? PROBLEMS[code].hint };
}

/** Problems in the order a reader goes through the sheet: by row, then by column. */
export function sortProblems(problems: readonly MapProblem[]): MapProblem[] {
  return [...problems].sort((a, b) => a.row - b.row || a.column - b.column);
}

/** A column's letter as a spreadsheet shows it: 1 is A, 27 is AA. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
