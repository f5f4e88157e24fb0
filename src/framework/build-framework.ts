import type { ArchetypeId } from '../schemas/index.ts';
import type { Competency, Domain, Framework, FrameworkInput, Level, LevelStep } from './types.ts';
import { byCodePoint } from './order.ts';

/**
 * Builds the framework graph from validated entries: sorts every list into display order
 * and resolves references. Assumes `npm run check` passed; a dangling reference throws.
 */
export function buildFramework(input: FrameworkInput): Framework {
  const archetypes = [...input.archetypes].sort((a, b) => a.order - b.order);
  const levels = [...input.levels].sort((a, b) => a.rank - b.rank);
  const domains = orderDomains(input.domains);
  const levelById = new Map(levels.map((level) => [level.id, level]));
  const domainPosition = new Map(domains.map((domain) => [domain.id, domain.position]));
  const archetypeOrder = archetypes.map((a) => a.id);

  const competencies: Competency[] = input.competencies
    .map((competency) => ({
      ...competency,
      requirements: archetypeOrder
        .filter((archetype) => competency.levels[archetype] !== undefined)
        .map((archetype) => ({
          archetype,
          level: resolve(levelById, competency.levels[archetype]!, competency.id),
        })),
      steps: Object.entries(competency.progression)
        .map(([id, step]): LevelStep => ({ level: resolve(levelById, id, competency.id), ...step }))
        .sort((a, b) => a.level.rank - b.level.rank),
    }))
    .sort(
      (a, b) =>
        position(domainPosition, a.domain, a.id) - position(domainPosition, b.domain, b.id) ||
        a.title.localeCompare(b.title, 'en-GB'),
    );

  return {
    settings: input.settings,
    archetypes,
    levels,
    domains,
    competencies,
    moved: competencies
      .flatMap((to) => to.replaces.map((from) => ({ from, to })))
      .sort((a, b) => byCodePoint(a.from, b.from)),
    strands: input.settings.strands,
    recommendations: [...input.recommendations].sort((a, b) => a.number - b.number),
    personas: [...input.personas].sort((a, b) => a.name.localeCompare(b.name, 'en-GB')),
    guides: [...input.guides].sort((a, b) => byCodePoint(a.id, b.id)),
  };
}

/** The level an archetype needs of a competency, or undefined if it does not need it. */
export function levelFor(competency: Competency, archetype: ArchetypeId): Level | undefined {
  return competency.requirements.find((r) => r.archetype === archetype)?.level;
}

/** The steps of a competency up to and including a level, lowest first. */
export function stepsUpTo(competency: Competency, level: Level): LevelStep[] {
  return competency.steps.filter((step) => step.level.rank <= level.rank);
}

/** The study hours to reach a level of a competency from nothing. */
export function hoursUpTo(competency: Competency, level: Level): number {
  return sumHours(stepsUpTo(competency, level));
}

/** The sum of some hours, rounded to a hundredth so that 0.1 + 0.2 reads 0.3 and quarter hours stay exact. */
export function sumHours(items: readonly { hours: number }[]): number {
  return Math.round(items.reduce((total, item) => total + item.hours, 0) * 100) / 100;
}

/** The lowest level any archetype needs of a competency: for a foundational one, what every member of staff learns. */
export function floorLevel(competency: Competency): Level {
  return competency.requirements
    .map((r) => r.level)
    .reduce((low, level) => (level.rank < low.rank ? level : low));
}

/** The competencies an archetype needs, in framework order. */
export function competenciesFor(framework: Framework, archetype: ArchetypeId): Competency[] {
  return framework.competencies.filter((c) => levelFor(c, archetype) !== undefined);
}

function orderDomains(input: FrameworkInput['domains']): Domain[] {
  const ordered: Domain[] = [];
  const visit = (parent: string | undefined, depth: number) => {
    const children = input
      .filter((d) => d.parent === parent)
      .sort((a, b) => a.order - b.order || byCodePoint(a.id, b.id));
    for (const child of children) {
      ordered.push({ ...child, depth, position: ordered.length });
      visit(child.id, depth + 1);
    }
  };
  visit(undefined, 0);
  return ordered;
}

function resolve(levels: Map<string, Level>, id: string, from: string): Level {
  const level = levels.get(id);
  if (!level) throw new Error(`Competency "${from}" refers to unknown level "${id}"; run npm run check.`);
  return level;
}

function position(positions: Map<string, number>, domain: string, from: string): number {
  const found = positions.get(domain);
  if (found === undefined)
    throw new Error(`Competency "${from}" refers to unknown domain "${domain}"; run npm run check.`);
  return found;
}
