import type { Answers } from './assess.ts';
import { orderedArchetypes, type AssessmentData } from './data.ts';
import { migrateAnswers, type Migrated } from './migrate.ts';
import type { ArchetypeId } from '../schemas/index.ts';

/** What a saved self-assessment file (and the browser's stored copy) says it is. */
export const FILE_KIND = 'ai-confidence-self-assessment';
/** The version of the saved format; a new one gets a new number and a migration. */
export const FILE_VERSION = 1;
/** A real file is a few kilobytes; anything much larger is not one of ours. */
export const MAX_FILE_BYTES = 256 * 1024;

/** A self-assessment as saved to a file or to the browser's storage. */
export interface SavedAssessment {
  kind: typeof FILE_KIND;
  version: typeof FILE_VERSION;
  /** The framework edition the answers were given against. */
  edition: string;
  archetypes: ArchetypeId[];
  /** Competency id → level id or `not-yet`. */
  answers: Answers;
}

/** What reading a saved self-assessment gives: answers for this edition, or why it cannot be read. */
export type ReadResult =
  ({ ok: true; edition: string; archetypes: ArchetypeId[] } & Migrated) | { ok: false; message: string };

/** The text of a saved self-assessment. */
export function saveText(edition: string, archetypes: readonly ArchetypeId[], answers: Answers): string {
  const saved: SavedAssessment = {
    kind: FILE_KIND,
    version: FILE_VERSION,
    edition,
    archetypes: [...archetypes],
    answers,
  };
  return `${JSON.stringify(saved, null, 2)}\n`;
}

/**
 * Reads a saved self-assessment (a file's text, or the browser's stored copy) and brings it to
 * the current edition. Never throws: text that is not a saved self-assessment gives a message
 * for the learner, and the caller changes nothing.
 */
export function readSaved(data: AssessmentData, text: string): ReadResult {
  if (text.length > MAX_FILE_BYTES) {
    return fail('This file is too large to be a saved self-assessment.');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return fail('This file is not a saved self-assessment: it is not a JSON file.');
  }
  if (!isRecord(parsed) || parsed['kind'] !== FILE_KIND) {
    return fail('This file is not a saved self-assessment from this site.');
  }
  if (parsed['version'] !== FILE_VERSION) {
    return fail('This self-assessment was saved in a format this page does not know.');
  }
  const { edition, archetypes, answers } = parsed;
  if (
    typeof edition !== 'string' ||
    !Array.isArray(archetypes) ||
    !archetypes.every((a) => typeof a === 'string') ||
    !isRecord(answers) ||
    !Object.values(answers).every((v) => typeof v === 'string')
  ) {
    return fail('This self-assessment file is damaged: some of its parts are missing or of the wrong kind.');
  }
  return {
    ok: true,
    edition,
    archetypes: orderedArchetypes(data, archetypes),
    ...migrateAnswers(data, answers as Record<string, string>),
  };
}

function fail(message: string): ReadResult {
  return { ok: false, message: `${message} Nothing was changed.` };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
