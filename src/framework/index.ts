export {
  buildFramework,
  competenciesFor,
  floorLevel,
  hoursUpTo,
  levelFor,
  stepsUpTo,
  sumHours,
} from './build-framework.ts';
export type * from './types.ts';
export {
  archetypeCombinations,
  DELIVERY_GUIDES,
  isFromReport,
  listNames,
  syllabus,
  syllabusHours,
  syllabusItems,
  syllabusSlug,
  type Syllabus,
  type SyllabusHours,
  type SyllabusItem,
  type SyllabusModule,
  type SyllabusStep,
} from './syllabus.ts';
export { formatStats, frameworkStats, type FrameworkStats } from './stats.ts';
export * from './syllabus-wording.ts';
export * from './syllabus-routes.ts';
export * from './syllabus-editions.ts';
export { basedOnSentences, partLabel } from './based-on.ts';
export * from './crosswalk.ts';
export { competencyDescription } from './describe.ts';
export * from './matrix-summary.ts';
export * from './charts.ts';
