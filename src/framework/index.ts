export { buildFramework, competenciesFor, levelFor } from './build-framework.ts';
export type * from './types.ts';
export {
  archetypeCombinations,
  DELIVERY_GUIDES,
  listNames,
  syllabus,
  syllabusSlug,
  type Syllabus,
  type SyllabusItem,
  type SyllabusModule,
} from './syllabus.ts';
export { formatStats, frameworkStats, type FrameworkStats } from './stats.ts';
export * from './syllabus-wording.ts';
export * from './syllabus-routes.ts';
