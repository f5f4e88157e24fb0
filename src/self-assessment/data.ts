// The self-assessment's data as the page embeds it, and the few helpers the browser needs to
// read it. No imports of values: this file is bundled for the browser.
import type { ArchetypeId } from '../schemas/index.ts';

/** One level of a competency as the self-assessment shows it. */
export interface AssessmentStep {
  /** Level id. */
  level: string;
  /** Study hours to reach this level from the level below. */
  hours: number;
  /** What a learner can do at this level, each starting with a verb. */
  outcomes: string[];
}

/** One competency: what the page shows and what answers are kept under. */
export interface AssessmentCompetency {
  id: string;
  title: string;
  domain: string;
  /** Its levels, lowest first. */
  steps: AssessmentStep[];
  /** Ids of competencies merged into this one: saved answers under them carry over. */
  replaces: string[];
}

/**
 * The part of the framework a self-assessment needs, small enough to embed in the page as JSON
 * and read in the browser. `needs` holds, for every combination of archetypes, what its
 * syllabus lists, so the browser never works out a syllabus a second way.
 */
export interface AssessmentData {
  edition: string;
  /** In framework order. */
  archetypes: { id: ArchetypeId; name: string }[];
  /** Lowest rank first. */
  levels: { id: string; name: string; rank: number }[];
  /** In domain order. */
  domains: { id: string; name: string }[];
  /** In framework order. */
  competencies: AssessmentCompetency[];
  /**
   * By syllabus slug (`drivers-users`): the syllabus's competencies in its order, each as
   * [index in `competencies`, index in `levels` of the level needed].
   */
  needs: Record<string, [number, number][]>;
}

/** The archetype ids a selection names, in framework order, without unknown ones or repeats. */
export function orderedArchetypes(data: AssessmentData, ids: readonly string[]): ArchetypeId[] {
  return data.archetypes.map((a) => a.id).filter((id) => ids.includes(id));
}
