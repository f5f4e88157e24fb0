import {
  allItems,
  archetypeCombinations,
  syllabus,
  syllabusSlug,
  type Framework,
} from '../framework/index.ts';
import { parseSiteUrl } from '../framework/site-address.ts';
import type { AssessmentData } from './data.ts';

/** The self-assessment's data for a framework, with every syllabus taken from syllabus(). */
export function assessmentData(framework: Framework): AssessmentData {
  const competencyIndex = new Map(framework.competencies.map((c, i) => [c.id, i]));
  const levelIndex = new Map(framework.levels.map((l, i) => [l.id, i]));
  const address = parseSiteUrl(undefined);
  const needs: Record<string, [number, number][]> = {};
  for (const chosen of archetypeCombinations(framework)) {
    needs[syllabusSlug(chosen)] = allItems(syllabus(framework, chosen, address)).map((item) => [
      competencyIndex.get(item.competency.id)!,
      levelIndex.get(item.level.id)!,
    ]);
  }
  return {
    edition: framework.settings.edition,
    archetypes: framework.archetypes.map(({ id, name }) => ({ id, name })),
    levels: framework.levels.map(({ id, name, rank }) => ({ id, name, rank })),
    domains: framework.domains.map(({ id, name }) => ({ id, name })),
    competencies: framework.competencies.map((c) => ({
      id: c.id,
      title: c.title,
      domain: c.domain,
      steps: c.steps.map((s) => ({ level: s.level.id, hours: s.hours, outcomes: s.outcomes })),
      replaces: c.replaces,
    })),
    needs,
  };
}
