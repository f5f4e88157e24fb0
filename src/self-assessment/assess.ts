import { sumHours } from '../framework/build-framework.ts';
import { syllabusSlug } from '../framework/syllabus.ts';
import type { ArchetypeId } from '../schemas/index.ts';
import { orderedArchetypes, type AssessmentData, type AssessmentStep } from './data.ts';

/** The answer for a learner who cannot yet show a competency's first level. */
export const NOT_YET = 'not-yet';

/** A learner's answers: competency id → the highest level id they can already show, or `not-yet`. */
export type Answers = Record<string, string>;

/** A level as results name it. */
export interface LevelRef {
  id: string;
  name: string;
  /** 1 for the lowest level. */
  rank: number;
}

/** Where a learner stands on one competency the chosen archetypes need. */
export interface CompetencyResult {
  id: string;
  title: string;
  domain: string;
  /** The highest level any chosen archetype needs. */
  needed: LevelRef;
  /** The highest level the learner can show, or undefined for "not yet" or no answer. */
  current: LevelRef | undefined;
  /** Whether the learner gave an answer (a missing answer counts as "not yet"). */
  answered: boolean;
  /** How many levels lie between where they are and where they need to be (0 when met). */
  gap: number;
  /** The levels still to reach, lowest first, with their outcomes and hours. */
  toReach: (AssessmentStep & { name: string })[];
  /** Study hours of the levels still to reach. */
  hours: number;
}

/** One domain's standing, as level ranks added up over its competencies, for the chart. */
export interface DomainSummary {
  id: string;
  name: string;
  competencies: number;
  /** The sum of the ranks of the levels needed. */
  needed: number;
  /** The sum of the ranks reached, each counted only up to the level needed. */
  current: number;
  /** Competencies not yet at the level needed. */
  gaps: number;
  hours: number;
}

/** A whole self-assessment against a set of archetypes. */
export interface Assessment {
  archetypes: { id: ArchetypeId; name: string }[];
  /** The slug of their syllabus (`drivers-users`). */
  slug: string;
  /** In syllabus order. */
  items: CompetencyResult[];
  /** In domain order, only domains with competencies needed. */
  domains: DomainSummary[];
  totals: {
    competencies: number;
    met: number;
    gaps: number;
    unanswered: number;
    needed: number;
    current: number;
    hours: number;
  };
}

/**
 * Compares a learner's answers with what a set of archetypes needs: each competency at the
 * highest level any of them needs, as their syllabus lists it. Unknown archetype ids are left
 * out; throws when none is left. An answer naming an unknown level counts as no answer.
 */
export function assess(data: AssessmentData, archetypeIds: readonly string[], answers: Answers): Assessment {
  const chosen = orderedArchetypes(data, archetypeIds);
  const slug = syllabusSlug(chosen);
  const needs = data.needs[slug];
  if (chosen.length === 0 || !needs) throw new Error('Choose at least one archetype.');
  const levelById = new Map(data.levels.map((l) => [l.id, l]));

  const items = needs.map(([competencyIndex, levelIndex]): CompetencyResult => {
    const competency = data.competencies[competencyIndex]!;
    const needed = data.levels[levelIndex]!;
    const answer = answers[competency.id];
    const current = answer === undefined || answer === NOT_YET ? undefined : levelById.get(answer);
    const currentRank = Math.min(current?.rank ?? 0, needed.rank);
    const toReach = competency.steps.flatMap((step) => {
      const level = levelById.get(step.level)!;
      return level.rank > currentRank && level.rank <= needed.rank ? [{ ...step, name: level.name }] : [];
    });
    return {
      id: competency.id,
      title: competency.title,
      domain: competency.domain,
      needed,
      current,
      answered: answer === NOT_YET || current !== undefined,
      gap: needed.rank - currentRank,
      toReach,
      hours: sumHours(toReach),
    };
  });

  const domains = data.domains.flatMap((domain): DomainSummary[] => {
    const inDomain = items.filter((i) => i.domain === domain.id);
    if (inDomain.length === 0) return [];
    return [{ id: domain.id, name: domain.name, ...summary(inDomain) }];
  });
  const all = summary(items);
  return {
    archetypes: data.archetypes.filter((a) => chosen.includes(a.id)),
    slug,
    items,
    domains,
    totals: {
      ...all,
      met: all.competencies - all.gaps,
      unanswered: items.filter((i) => !i.answered).length,
    },
  };
}

function summary(items: readonly CompetencyResult[]) {
  return {
    competencies: items.length,
    needed: items.reduce((n, i) => n + i.needed.rank, 0),
    current: items.reduce((n, i) => n + i.needed.rank - i.gap, 0),
    gaps: items.filter((i) => i.gap > 0).length,
    hours: sumHours(items),
  };
}
