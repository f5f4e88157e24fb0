// What the page's browser script may import: everything but the build-time data maker, so
// that the bundle holds no framework graph code (and no schema library).
export {
  orderedArchetypes,
  type AssessmentData,
  type AssessmentCompetency,
  type AssessmentStep,
} from './data.ts';
export {
  assess,
  NOT_YET,
  type Answers,
  type Assessment,
  type CompetencyResult,
  type DomainSummary,
} from './assess.ts';
export { migrateAnswers, type Migrated } from './migrate.ts';
export {
  readSaved,
  saveText,
  FILE_KIND,
  FILE_VERSION,
  MAX_FILE_BYTES,
  type ReadResult,
} from './saved-file.ts';
export { iCan, levelsText, hoursText } from './wording.ts';
