import { toCsv, UTF8_BOM } from '../exports/csv.ts';
import type { CourseMapReport } from './report.ts';
import { STATUS_TITLES, teachingText } from './report-wording.ts';

/** The columns of the CSV report: one row per competency, needed or beyond the syllabus. */
export const REPORT_CSV_COLUMNS = [
  'competency',
  'competency_title',
  'status',
  'level_needed',
  'highest_taught',
  'modules',
  'hours_taught',
  'framework_hours',
] as const;

/**
 * A course-map report as CSV, to sort and filter in a spreadsheet: every competency the
 * archetypes need, in syllabus order, then those the course teaches beyond the syllabus
 * (status "Beyond the syllabus", no level needed). Modules are listed in one cell, separated by
 * semicolons, as the HTML report writes them. Written by the project's CSV writer, so text from
 * the map that looks like a formula is neutralised.
 */
export function reportCsv(report: CourseMapReport): string {
  const { items, beyond } = report.coverage;
  const modules = (list: Parameters<typeof teachingText>[0][]) => list.map(teachingText).join('; ');
  return (
    UTF8_BOM +
    toCsv([
      REPORT_CSV_COLUMNS,
      ...items.map((item) => [
        item.competency.id,
        item.competency.title,
        STATUS_TITLES[item.status],
        item.needed.name,
        item.highestTaught?.name ?? '',
        modules(item.modules),
        item.hoursTaught,
        item.frameworkHours,
      ]),
      ...beyond.map((b) => [
        b.competency.id,
        b.competency.title,
        'Beyond the syllabus',
        '',
        highest(b.modules)?.name ?? '',
        modules(b.modules),
        b.hoursTaught,
        '',
      ]),
    ])
  );
}

function highest(modules: CourseMapReport['coverage']['beyond'][number]['modules']) {
  return modules.reduce<(typeof modules)[number]['level'] | undefined>(
    (top, m) => (top && top.rank >= m.level.rank ? top : m.level),
    undefined,
  );
}
