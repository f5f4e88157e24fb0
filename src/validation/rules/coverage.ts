import { ARCHETYPE_IDS } from '../../schemas/vocabulary.ts';
import { issueAt } from '../issue.ts';
import type { Issue } from '../issue.ts';
import type { Rule } from './context.ts';

/** Every archetype, domain, competency and recommendation plays its part in the framework. */
export const coverageRule: Rule = ({ entries, settings, incomplete }) => {
  const issues: Issue[] = [];
  // Counting needs every competency: with one unreadable, counts would be wrong.
  const countable = !incomplete.has('competencies');
  const competencies = entries.competencies;
  for (const competency of competencies) {
    const needed = Object.keys(competency.data.levels);
    if (needed.length === 0) {
      issues.push(
        issueAt(
          'competency-unused',
          competency.locate(['levels']),
          `No archetype needs "${competency.data.id}".`,
        ),
      );
    } else if (competency.data.tier === 'foundational') {
      const missing = ARCHETYPE_IDS.filter((a) => !needed.includes(a));
      if (missing.length > 0) {
        issues.push(
          issueAt(
            'foundational-incomplete',
            competency.locate(['levels']),
            `"${competency.data.id}" is foundational but has no level for ${missing.join(', ')}.`,
          ),
        );
      }
    }
  }
  const minimum = settings?.minCompetenciesPerArchetype ?? 1;
  for (const archetype of countable ? entries.archetypes : []) {
    const count = competencies.filter((c) => archetype.data.id in c.data.levels).length;
    if (count === 0) {
      issues.push(
        issueAt(
          'archetype-without-competencies',
          archetype.locate(['id']),
          `No competency lists "${archetype.data.id}" under \`levels\`.`,
        ),
      );
    } else if (count < minimum) {
      issues.push(
        issueAt(
          'archetype-below-minimum',
          archetype.locate(['id']),
          `"${archetype.data.id}" needs ${count} competencies; content/framework.yaml sets the minimum at ${minimum}.`,
        ),
      );
    }
  }
  const usedDomains = new Set(competencies.map((c) => c.data.domain));
  for (const domain of countable ? entries.domains : []) {
    const hasChild = entries.domains.some((d) => d.data.parent === domain.data.id);
    if (!usedDomains.has(domain.data.id) && !hasChild) {
      issues.push(
        issueAt('domain-unused', domain.locate(['id']), `No competency has \`domain: ${domain.data.id}\`.`),
      );
    }
  }
  for (const recommendation of entries.recommendations) {
    if (recommendation.data.archetypes.length === 0 && recommendation.data.competencies.length === 0) {
      issues.push(
        issueAt(
          'recommendation-without-targets',
          recommendation.locate(['id']),
          `Recommendation "${recommendation.data.id}" lists no archetypes and no competencies.`,
        ),
      );
    }
  }
  return issues;
};
