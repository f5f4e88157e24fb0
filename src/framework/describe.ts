import { listNames } from './syllabus.ts';
import type { Competency, Framework } from './types.ts';

/**
 * A competency in one sentence, for its page's opening line and search results: "A
 * foundational skill in Data for AI, needed by all five archetypes, from awareness to
 * practitioner."
 */
export function competencyDescription(framework: Framework, competency: Competency): string {
  const domain = framework.domains.find((d) => d.id === competency.domain)?.name ?? competency.domain;
  const who =
    competency.requirements.length === framework.archetypes.length
      ? `all ${numberWord(framework.archetypes.length)} archetypes`
      : listNames(
          competency.requirements.map(
            (r) => framework.archetypes.find((a) => a.id === r.archetype)?.name ?? r.archetype,
          ),
        );
  const levels = competency.requirements.map((r) => r.level).sort((a, b) => a.rank - b.rank);
  const [low, high] = [levels[0], levels.at(-1)];
  const range =
    !low || !high
      ? ''
      : low.id === high.id
        ? `, at ${low.name.toLowerCase()}`
        : `, from ${low.name.toLowerCase()} to ${high.name.toLowerCase()}`;
  const article = competency.tier === 'foundational' ? 'A foundational' : 'A specialist';
  return `${article} ${competency.kind} in ${domain}, needed by ${who}${range}.`;
}

function numberWord(n: number): string {
  return (
    ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'][n] ?? String(n)
  );
}
