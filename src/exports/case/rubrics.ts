import { hoursText } from '../../framework/index.ts';
import type { CaseContext } from './context.ts';
import { caseId, caseLink, caseNode, casePath, caseUri, dateTime, latest } from './ids.ts';
import type { CFRubric, CFRubricCriterion } from './types.ts';

/** The rubric's stable name: one rubric of levelled outcomes per framework. */
export const RUBRIC_NAME = 'rubric/levelled-outcomes';

/**
 * The framework's levelled outcomes as one CFRubric: a criterion per competency (tied to its
 * item, `category` = its domain, in framework order) with a level per level the competency
 * describes (`quality` = the level's name, `position` = its rank, `description` = its
 * outcomes and the study hours to reach it from the level below). Criteria and levels are
 * served inside the rubric's file, so their `uri`s point into it.
 */
export function caseRubrics(context: CaseContext): CFRubric[] {
  const { framework, address } = context;
  const rubric = caseNode(address, 'CFRubrics', RUBRIC_NAME);
  const inRubric = (name: string) => {
    const identifier = caseId(name);
    return {
      identifier,
      uri: caseUri(address, casePath('CFRubrics', rubric.identifier), rubric.identifier, identifier),
    };
  };
  const domainName = new Map(framework.domains.map((d) => [d.id, d.name]));
  const criteria = framework.competencies.map((c, index): CFRubricCriterion => {
    const criterion = inRubric(`${RUBRIC_NAME}/criterion/${c.id}`);
    return {
      ...criterion,
      category: domainName.get(c.domain) ?? c.domain,
      description: c.title,
      CFItemURI: caseLink(address, 'CFItems', `competency/${c.id}`, c.title),
      position: index + 1,
      rubricId: rubric.identifier,
      lastChangeDateTime: dateTime(c.lastReviewed),
      CFRubricCriterionLevels: c.steps.map((step) => ({
        ...inRubric(`${RUBRIC_NAME}/criterion/${c.id}/level/${step.level.id}`),
        description: [
          `At ${step.level.name.toLowerCase()}, a learner can:`,
          ...step.outcomes.map((o) => `- ${o}`),
          `Study time from the level below: ${hoursText(step.hours)}.`,
        ].join('\n'),
        quality: step.level.name,
        position: step.level.rank,
        rubricCriterionId: criterion.identifier,
        lastChangeDateTime: dateTime(c.lastReviewed),
      })),
    };
  });
  return [
    {
      ...rubric,
      title: 'Levelled learning outcomes',
      description:
        'For every competency, what a learner can do at each level it describes, lowest first, with the study hours to reach each level from the one below. Which level each archetype needs is in the hasSkillLevel associations of its pathway.',
      lastChangeDateTime: dateTime(
        latest([framework.settings.published, ...framework.competencies.map((c) => c.lastReviewed)]),
      ),
      CFRubricCriteria: criteria,
    },
  ];
}
