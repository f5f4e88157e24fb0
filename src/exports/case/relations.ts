import { competenciesFor, levelFor } from '../../framework/index.ts';
import { caseLink, caseNode, dateTime, latest } from './ids.ts';
import type { CaseContext } from './context.ts';
import type { CFAssociation, CFAssociationGrouping } from './types.ts';

/** The grouping that holds one archetype's pathway. */
export function pathwayName(archetypeId: string): string {
  return `grouping/pathway/${archetypeId}`;
}

/**
 * Each archetype's pathway: one CFAssociationGrouping per archetype, holding one
 * `hasSkillLevel` association per competency it needs (origin = the competency, destination =
 * the level that archetype needs), numbered in pathway order. A competency several archetypes
 * need has one such association in each of their groupings.
 */
export function casePathways(context: CaseContext): {
  groupings: CFAssociationGrouping[];
  associations: CFAssociation[];
} {
  const { framework, address } = context;
  const groupings: CFAssociationGrouping[] = [];
  const associations: CFAssociation[] = [];
  for (const archetype of framework.archetypes) {
    const competencies = competenciesFor(framework, archetype.id);
    const title = `${archetype.name} pathway`;
    groupings.push({
      ...caseNode(address, 'CFAssociationGroupings', pathwayName(archetype.id)),
      title,
      description: `The competencies ${archetype.name} need, each linked by hasSkillLevel to the level they need it at.`,
      lastChangeDateTime: dateTime(
        latest([archetype.lastReviewed, ...competencies.map((c) => c.lastReviewed)]),
      ),
    });
    const grouping = caseLink(address, 'CFAssociationGroupings', pathwayName(archetype.id), title);
    competencies.forEach((competency, index) => {
      const level = levelFor(competency, archetype.id)!;
      const name = `association/hasSkillLevel/competency/${competency.id}/level/${level.id}/${archetype.id}`;
      associations.push({
        ...caseNode(address, 'CFAssociations', name),
        associationType: 'hasSkillLevel',
        sequenceNumber: index + 1,
        originNodeURI: context.item(`competency/${competency.id}`, competency.title),
        destinationNodeURI: context.item(`level/${level.id}`, level.name),
        CFAssociationGroupingURI: grouping,
        lastChangeDateTime: dateTime(competency.lastReviewed),
        notes: `${archetype.name} need this competency at the level "${level.name}".`,
      });
    });
  }
  return { groupings, associations };
}

/**
 * Recommendations' links: `isRelatedTo` from each recommendation to every archetype and
 * competency it concerns.
 */
export function caseRecommendationLinks(context: CaseContext): CFAssociation[] {
  const { framework, address } = context;
  const archetypeName = new Map(framework.archetypes.map((a) => [a.id, a.name]));
  const competencyTitle = new Map(framework.competencies.map((c) => [c.id, c.title]));
  return framework.recommendations.flatMap((recommendation) => {
    const origin = context.item(`recommendation/${recommendation.id}`, recommendation.title);
    const targets = [
      ...recommendation.archetypes.map((id) => ({ name: `archetype/${id}`, title: archetypeName.get(id) })),
      ...recommendation.competencies.map((id) => ({
        name: `competency/${id}`,
        title: competencyTitle.get(id),
      })),
    ];
    return targets.flatMap(({ name, title }): CFAssociation[] =>
      title === undefined
        ? []
        : [
            {
              ...caseNode(
                address,
                'CFAssociations',
                `association/isRelatedTo/recommendation/${recommendation.id}/${name}`,
              ),
              associationType: 'isRelatedTo',
              originNodeURI: origin,
              destinationNodeURI: context.item(name, title),
              lastChangeDateTime: dateTime(recommendation.lastReviewed),
              notes: 'The recommendation concerns this item.',
            },
          ],
    );
  });
}
