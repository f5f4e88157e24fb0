export {
  assessmentData,
  orderedArchetypes,
  type AssessmentData,
  type AssessmentCompetency,
} from './assessment-data.ts';
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
