import { NOT_YET, type Answers } from './assess.ts';
import type { AssessmentData } from './data.ts';

/** Saved answers brought to the current edition, with what changed on the way. */
export interface Migrated {
  /** Answers under the ids and level ids of the current edition. */
  answers: Answers;
  /** Answers kept under a competency merged into another, now under the new id. */
  carriedOver: { from: string; to: string }[];
  /** Answers this edition cannot use (an id or a level it does not have), kept aside to tell the learner. */
  noLongerUsed: { id: string; level: string }[];
}

/**
 * Brings saved answers to the current edition: an answer under a competency merged into
 * another (listed in its `replaces`) carries over to the new id, keeping the higher level when
 * both have one; an answer under an unknown competency or naming an unknown level is kept aside.
 */
export function migrateAnswers(data: AssessmentData, saved: Readonly<Record<string, string>>): Migrated {
  const rank = new Map<string, number>([[NOT_YET, 0], ...data.levels.map((l) => [l.id, l.rank] as const)]);
  const current = new Set(data.competencies.map((c) => c.id));
  const mergedInto = new Map(data.competencies.flatMap((c) => c.replaces.map((old) => [old, c.id] as const)));
  // A Map, not an object, so an id such as "__proto__" from a file is only ever a string.
  const answers = new Map<string, string>();
  const carriedOver: Migrated['carriedOver'] = [];
  const noLongerUsed: Migrated['noLongerUsed'] = [];
  const keepHigher = (id: string, level: string) => {
    const before = answers.get(id);
    if (before === undefined || rank.get(level)! > rank.get(before)!) answers.set(id, level);
  };

  // Current ids first, so the order of the saved entries does not decide which one wins.
  const entries = Object.entries(saved).sort(([a], [b]) => Number(current.has(b)) - Number(current.has(a)));
  for (const [id, level] of entries) {
    const to = current.has(id) ? id : mergedInto.get(id);
    if (to === undefined || !rank.has(level)) {
      noLongerUsed.push({ id, level });
      continue;
    }
    if (to !== id) carriedOver.push({ from: id, to });
    keepHigher(to, level);
  }
  return { answers: Object.fromEntries(answers), carriedOver, noLongerUsed };
}
