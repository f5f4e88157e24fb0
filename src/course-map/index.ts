export { parseCourseMap } from './parse-course-map.ts';
export type { CourseMap, CourseRow, ParsedMap } from './types.ts';
export { COLUMNS, REQUIRED_COLUMNS, type Column } from './columns.ts';
export { MAX_MAP_BYTES } from './decode.ts';
export { PROBLEMS, type MapProblem, type ProblemCode } from './problems.ts';
export {
  compareCourse,
  STATUSES,
  type BeyondItem,
  type CourseCoverage,
  type CoverageItem,
  type CoverageStatus,
  type LevelRef,
  type Teaching,
} from './compare-course.ts';
export { checkEdition, type EditionCheck, type MergedId, type RetiredId } from './edition-check.ts';
export { courseMapTemplate, TEMPLATE_COLUMNS } from './template.ts';
export { courseMapReport, hasGaps, type CourseMapReport } from './report.ts';
export { archetypeSelection } from './archetype-selection.ts';
export { reportMarkdown } from './report-markdown.ts';
export { reportHtml } from './report-html.ts';
export { problemsText } from './problems-text.ts';
export { COLUMN_DOCS } from './column-docs.ts';
export { reportCsv, REPORT_CSV_COLUMNS } from './report-csv.ts';
export { courseMapData, frameworkFromData, type CourseMapData } from './framework-data.ts';
