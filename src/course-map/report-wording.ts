// The sentences of a course-map report, in plain text, shared by the Markdown and HTML
// reports so that both say the same thing in the same words. Each renderer escapes them.
// Imported from their modules, not framework/index.ts, which would bring Zod into the browser.
import { listNames } from '../framework/syllabus.ts';
import { hoursText } from '../framework/syllabus-wording.ts';
import type { CoverageStatus, Teaching } from './compare-course.ts';
import type { CourseMapReport } from './report.ts';

/** The heading of each status's table. */
export const STATUS_TITLES: Record<CoverageStatus, string> = {
  missing: 'Missing',
  below: 'Below the level needed',
  covered: 'Covered',
};

/** What each status means, under its heading. */
export const STATUS_MEANINGS: Record<CoverageStatus, string> = {
  missing: 'No module teaches these competencies.',
  below: 'Modules teach these competencies, but none to the level needed.',
  covered: 'At least one module teaches these competencies to the level needed or beyond.',
};

export function reportTitle(report: CourseMapReport): string {
  return `Course map compared with the syllabus for ${listNames(report.coverage.archetypes.map((a) => a.name))}`;
}

/** The summary, one sentence per line. */
export function summaryLines(report: CourseMapReport): string[] {
  const { coverage, edition, unfilled } = report;
  const { counts, hours } = coverage;
  const lines = [
    `Framework edition ${edition.currentEdition}. ${
      edition.mapEdition === undefined
        ? 'The map does not say which edition it was made against (add a framework_edition column).'
        : edition.differs
          ? `The map was made against edition ${edition.mapEdition}.`
          : 'The map was made against this edition.'
    }`,
    `${counts.covered} of ${competencies(coverage.items.length)} covered, ${counts.below} below the level needed, ${counts.missing} missing.`,
    `The course gives ${hoursText(hours.taught)} to these competencies; the framework's study hours to reach the levels needed are ${hoursText(hours.framework)}.`,
  ];
  if (coverage.rowsWithoutHours.length) {
    lines.push(
      `${rowsText(coverage.rowsWithoutHours)} ${coverage.rowsWithoutHours.length === 1 ? 'gives' : 'give'} no hours, so the course's hours are a lower bound.`,
    );
  }
  if (coverage.beyond.length) {
    lines.push(
      `The course also teaches ${competencies(coverage.beyond.length)} beyond the syllabus (${hoursText(hours.beyond)}).`,
    );
  }
  if (coverage.notInEdition.length) {
    lines.push(
      `${rowsText(coverage.notInEdition)} ${coverage.notInEdition.length === 1 ? 'names a competency' : 'name competencies'} edition ${edition.currentEdition} does not have: see "Changed since the map was made".`,
    );
  }
  if (unfilled.length)
    lines.push(
      `${rowsText(unfilled)} ${unfilled.length === 1 ? 'has' : 'have'} no module yet, so teach nothing.`,
    );
  return lines;
}

/** One sentence per competency id the current edition no longer has. */
export function editionLines(report: CourseMapReport): string[] {
  const { merged, retired, currentEdition } = report.edition;
  return [
    ...merged.map(
      (m) =>
        `${m.id} (${rowsText(m.rows).toLowerCase()}) was merged into ${m.into.id} (${m.into.title}): check what the module teaches of it, then use the new id; until then ${countsForNothing(m.rows)}.`,
    ),
    ...retired.map(
      (r) =>
        `${r.id} (${rowsText(r.rows).toLowerCase()}) is not in edition ${currentEdition}: it was retired, or is mistyped${r.suggestion ? ` (did you mean ${r.suggestion}?)` : ''}; ${countsForNothing(r.rows)}.`,
    ),
  ];
}

/** A module as a report lists it: "Data lab (Awareness, 1.5 hours; row 4)". */
export function teachingText(module: Teaching): string {
  const hours = module.hours === undefined ? 'hours not given' : hoursText(module.hours);
  return `${module.module} (${module.level.name}, ${hours}; row ${module.row})`;
}

/** "Row 4", "Rows 4, 7 and 9", "Rows 2-60": runs of rows as ranges, so a template's worth stays one line. */
export function rowsText(rows: readonly number[]): string {
  const runs: [number, number][] = [];
  for (const row of rows) {
    const last = runs.at(-1);
    if (last && row === last[1] + 1) last[1] = row;
    else runs.push([row, row]);
  }
  const parts = runs.flatMap(([from, to]) =>
    from === to ? [String(from)] : to === from + 1 ? [String(from), String(to)] : [`${from}-${to}`],
  );
  return `${rows.length === 1 ? 'Row' : 'Rows'} ${listNames(parts)}`;
}

function competencies(n: number): string {
  return `${n} ${n === 1 ? 'competency' : 'competencies'}`;
}

function countsForNothing(rows: readonly number[]): string {
  return rows.length === 1 ? 'the row counts for nothing' : 'the rows count for nothing';
}
