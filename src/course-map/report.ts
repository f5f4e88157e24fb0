import type { Framework } from '../framework/index.ts';
import type { ArchetypeId } from '../schemas/index.ts';
import { compareCourse, type CourseCoverage } from './compare-course.ts';
import { checkEdition, type EditionCheck } from './edition-check.ts';
import type { CourseMap } from './types.ts';

/** Everything a course-map report shows. Plain data: `--format json` prints it as it is. */
export interface CourseMapReport {
  coverage: CourseCoverage;
  edition: EditionCheck;
  /** Rows with no module name yet (template lines): they teach nothing. */
  unfilled: number[];
}

/** The coverage of a course map for some archetypes, and what changed since the map's edition. */
export function courseMapReport(
  framework: Framework,
  archetypeIds: readonly ArchetypeId[],
  map: CourseMap,
): CourseMapReport {
  return {
    coverage: compareCourse(framework, archetypeIds, map.rows),
    edition: checkEdition(framework, map),
    unfilled: map.unfilled,
  };
}

/** Whether `--strict` fails the report: a competency is taught below the level needed, or not at all. */
export function hasGaps(report: CourseMapReport): boolean {
  return report.coverage.counts.missing + report.coverage.counts.below > 0;
}
