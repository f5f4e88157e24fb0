import type { Framework, Level } from '../framework/index.ts';
import { quote } from '../validation/quote.ts';
import { closest } from '../validation/nearest.ts';
import { freeText, namesOf, readHours, type Names } from './cell-values.ts';
import { nameKey } from '../text/name-key.ts';
import type { Column } from './columns.ts';
import { editionDiffers, mergedInto, suggestCompetency } from './edition-check.ts';
import { columnLetter, problemAt, type MapProblem } from './problems.ts';
import type { Cell } from './read-csv.ts';
import type { CourseMap, CourseRow } from './types.ts';

/** A data row of the file with its number as a spreadsheet shows it. */
export interface NumberedRow {
  row: number;
  cells: Cell[];
}

/** How the rows are read: where each column is, and how numbers are written. */
export interface RowLayout {
  columns: Map<Column, number>;
  /** How many cells the header row has. */
  width: number;
  /** Whether hours may use a decimal comma (a semicolon-separated file). */
  decimalComma: boolean;
}

/**
 * Reads the data rows (blank rows left out) against the framework: every cell of every row is
 * checked, and either all problems come back or the map.
 */
export function readRows(
  rows: readonly NumberedRow[],
  layout: RowLayout,
  framework: Framework,
): { map: CourseMap; problems: MapProblem[] } {
  const problems: MapProblem[] = [];
  const { edition, problem } = mapEdition(rows, layout);
  if (problem) problems.push(problem);
  const map: CourseMap = { edition, rows: [], unfilled: [] };
  const names = namesOf(framework);
  for (const { row, cells } of rows) {
    const extra = cells.findIndex((cell, i) => i >= layout.width && cell.text.trim() !== '');
    if (extra !== -1) {
      // The cells are shifted, so checking them one by one would only give confusing messages.
      problems.push(
        problemAt(
          'extra-cells',
          row,
          extra + 1,
          `Row ${row} has a value in column ${columnLetter(extra + 1)}, but the header row has only ${layout.width} columns.`,
        ),
      );
      continue;
    }
    const read = readRow(row, cells, layout, { framework, names, edition });
    problems.push(...read.problems);
    if (read.problems.length === 0 && read.row) map.rows.push(read.row);
    else if (read.problems.length === 0) map.unfilled.push(row);
  }
  return { map, problems };
}

/** Checks one row; a row with no module name (a template line) is checked but teaches nothing. */
function readRow(
  row: number,
  cells: readonly Cell[],
  layout: RowLayout,
  { framework, names, edition }: { framework: Framework; names: Names; edition: string | undefined },
): { row?: CourseRow; problems: MapProblem[] } {
  const at = (column: Column) => (layout.columns.get(column) ?? -1) + 1;
  const value = (column: Column) => cells[at(column) - 1]?.text.trim() ?? '';
  const problems: MapProblem[] = [];
  const empty = (column: Column) =>
    problemAt('missing-value', row, at(column), `Row ${row} has no ${column}.`);

  const module = freeText(value('module'));
  const [competencyText, levelText, hoursText] = [value('competency'), value('level'), value('hours')];
  const filled = module !== '';
  if (!filled && hoursText !== '') {
    problems.push(problemAt('missing-value', row, at('module'), `Row ${row} gives hours but no module.`));
  }

  let competency: string | undefined;
  let described: Level[] | undefined;
  if (competencyText === '') {
    if (filled) problems.push(empty('competency'));
  } else {
    const known = names.competency(competencyText);
    const key = nameKey(competencyText);
    // Ids the framework no longer has are reported by checkEdition() when they are explained:
    // merged (recorded in `replaces`), or in a map made against another edition.
    if (known) {
      competency = known.id;
      described = known.steps.map((step) => step.level);
    } else if (mergedInto(framework, key) || editionDiffers(framework, edition)) competency = key;
    else problems.push(unknownCompetency(framework, competencyText, row, at('competency')));
  }

  let level: string | undefined;
  if (levelText === '') {
    if (filled) problems.push(empty('level'));
  } else {
    const found = names.level(levelText);
    if (!found) problems.push(unknownLevel(framework, levelText, row, at('level')));
    else if (described && !described.some((l) => l.id === found.id)) {
      problems.push(
        problemAt(
          'level-not-described',
          row,
          at('level'),
          `${quote(competency!)} has no ${found.name} level: it is described ${described.length === 1 ? 'at' : 'up to'} ${described.at(-1)!.name}.`,
          `Use one of: ${described.map((l) => `${l.id} (${l.name})`).join(', ')}.`,
        ),
      );
    } else level = found.id;
  }

  let hours: number | undefined;
  if (hoursText !== '') {
    const read = readHours(hoursText, layout.decimalComma);
    if ('hours' in read) hours = read.hours;
    else {
      const what = read.problem === 'negative-hours' ? 'zero or more' : 'a number';
      problems.push(
        problemAt(read.problem, row, at('hours'), `Hours must be ${what}, not ${quote(hoursText)}.`),
      );
    }
  }

  if (problems.length || !filled || !competency || !level) return { problems };
  return { row: { row, module, competency, level, hours, notes: freeText(value('notes')) }, problems };
}

/** The edition the rows name: empty cells are allowed (a row added by hand), different values are not. */
function mapEdition(
  rows: readonly NumberedRow[],
  layout: RowLayout,
): { edition: string | undefined; problem?: MapProblem } {
  const index = layout.columns.get('framework_edition');
  if (index === undefined) return { edition: undefined };
  const named = rows.flatMap(({ row, cells }) => {
    const text = cells[index]?.text.trim() ?? '';
    return text ? [{ row, text }] : [];
  });
  const first = named[0];
  const other = named.find((n) => n.text !== first?.text);
  if (!first || !other) return { edition: first?.text };
  return {
    edition: first.text,
    problem: problemAt(
      'mixed-editions',
      other.row,
      index + 1,
      `Row ${other.row} names framework edition ${quote(other.text)}, row ${first.row} edition ${quote(first.text)}.`,
    ),
  };
}

function unknownCompetency(framework: Framework, text: string, row: number, column: number): MapProblem {
  const meant = suggestCompetency(framework, text);
  const title = framework.competencies.find((c) => c.id === meant)?.title;
  return problemAt(
    'unknown-competency',
    row,
    column,
    `No competency of edition ${framework.settings.edition} is called ${quote(text)}.`,
    meant ? `Did you mean ${quote(meant)} (${title})?` : undefined,
  );
}

function unknownLevel(framework: Framework, text: string, row: number, column: number): MapProblem {
  const candidates = framework.levels.map((l) => ({ id: l.id, names: [l.name] }));
  const meant = closest(text, candidates);
  const all = framework.levels.map((l) => `${l.id} (${l.name})`).join(', ');
  return problemAt(
    'unknown-level',
    row,
    column,
    `No level is called ${quote(text)}.`,
    `${meant ? `Did you mean ${quote(meant)}? ` : ''}The levels, lowest first: ${all}.`,
  );
}
