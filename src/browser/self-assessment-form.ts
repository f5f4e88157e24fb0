// The questions of the self-assessment page: for each competency the chosen archetypes need,
// grouped by domain, its levels up to the one needed as "I can …" statements, and one radio
// group (a fieldset with the competency as its legend) to say which level the learner can show.
import { routes } from '../framework/routes.ts';
import { withBase } from '../framework/site-address.ts';
import {
  iCan,
  NOT_YET,
  type Answers,
  type Assessment,
  type AssessmentData,
} from '../self-assessment/browser.ts';
import { el } from './dom.ts';

/** The questions for an assessment's competencies, with the learner's answers ticked. */
export function questions(
  data: AssessmentData & { base: string },
  assessment: Assessment,
  answers: Answers,
): Node[] {
  const levelRank = new Map(data.levels.map((l) => [l.id, l.rank]));
  return assessment.domains.map((domain) => {
    const items = assessment.items.filter((item) => item.domain === domain.id);
    return el(
      'section',
      { class: 'sa-domain', 'aria-labelledby': `sa-domain-${domain.id}` },
      el('h3', { id: `sa-domain-${domain.id}` }, domain.name),
      ...items.map((item) => {
        const competency = data.competencies.find((c) => c.id === item.id)!;
        const steps = competency.steps.filter((s) => levelRank.get(s.level)! <= item.needed.rank);
        // An answer above the level needed now (saved for other archetypes) ticks the top one.
        const answer = answers[item.id];
        const ticked =
          answer === undefined || answer === NOT_YET
            ? answer
            : (steps.findLast((s) => levelRank.get(s.level)! <= (levelRank.get(answer) ?? 0))?.level ??
              answer);
        const name = `c-${item.id}`;
        const option = (value: string, label: (Node | string)[], described?: Node) => {
          const id = `sa-${item.id}-${value}`;
          const input = el('input', {
            type: 'radio',
            name,
            id,
            value,
            'aria-describedby': described ? `${id}-can` : undefined,
          });
          input.checked = ticked === value;
          return el(
            'div',
            { class: 'sa-option' },
            input,
            el('label', { for: id }, ...label),
            described ?? null,
          );
        };
        return el(
          'fieldset',
          { class: 'sa-competency' },
          el('legend', {}, item.title),
          el(
            'p',
            { class: 'sa-meta' },
            `Needed at ${item.needed.name}. `,
            el(
              'a',
              { href: withBase(data.base, routes.competency(item.id)) },
              'About this competency',
              el('span', { class: 'sr-only' }, `: ${item.title}`),
            ),
          ),
          option(NOT_YET, ['Not yet']),
          ...steps.map((step) => {
            const level = data.levels.find((l) => l.id === step.level)!;
            return option(
              step.level,
              [el('strong', {}, level.name), ': I can show this level'],
              el(
                'ul',
                { class: 'sa-can', id: `sa-${item.id}-${step.level}-can` },
                ...step.outcomes.map((o) => el('li', {}, iCan(o))),
              ),
            );
          }),
        );
      }),
    );
  });
}
