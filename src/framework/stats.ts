import type { Framework } from './types.ts';

/** Counts that show how complete the framework is. */
export interface FrameworkStats {
  totals: Record<
    'archetypes' | 'domains' | 'levels' | 'competencies' | 'recommendations' | 'personas',
    number
  >;
  /** Competencies each archetype needs, with how many are foundational. */
  perArchetype: Array<{
    id: string;
    name: string;
    competencies: number;
    foundational: number;
    specialist: number;
  }>;
  perDomain: Array<{ id: string; name: string; competencies: number }>;
  perKind: Record<string, number>;
  perTier: Record<string, number>;
  /** How often each level is required, over all archetype requirements. */
  perLevel: Array<{ id: string; name: string; requirements: number }>;
  perProvenance: Record<string, number>;
}

/** Counts per archetype, domain, kind, tier, level and provenance. */
export function frameworkStats(framework: Framework): FrameworkStats {
  const { competencies } = framework;
  const count = <K extends string>(keys: K[]) =>
    keys.reduce<Record<string, number>>((acc, key) => ({ ...acc, [key]: (acc[key] ?? 0) + 1 }), {});
  return {
    totals: {
      archetypes: framework.archetypes.length,
      domains: framework.domains.length,
      levels: framework.levels.length,
      competencies: competencies.length,
      recommendations: framework.recommendations.length,
      personas: framework.personas.length,
    },
    perArchetype: framework.archetypes.map((archetype) => {
      const needed = competencies.filter((c) => c.requirements.some((r) => r.archetype === archetype.id));
      const foundational = needed.filter((c) => c.tier === 'foundational').length;
      return {
        id: archetype.id,
        name: archetype.name,
        competencies: needed.length,
        foundational,
        specialist: needed.length - foundational,
      };
    }),
    perDomain: framework.domains.map((domain) => ({
      id: domain.id,
      name: domain.name,
      competencies: competencies.filter((c) => c.domain === domain.id).length,
    })),
    perKind: count(competencies.map((c) => c.kind)),
    perTier: count(competencies.map((c) => c.tier)),
    perLevel: framework.levels.map((level) => ({
      id: level.id,
      name: level.name,
      requirements: competencies.flatMap((c) => c.requirements).filter((r) => r.level.id === level.id).length,
    })),
    perProvenance: count(competencies.map((c) => c.provenance)),
  };
}

/** The statistics as plain-text tables for the terminal. */
export function formatStats(stats: FrameworkStats): string {
  const table = (title: string, rows: Array<[string, string | number]>) =>
    [title, ...rows.map(([label, value]) => `  ${label.padEnd(48)} ${String(value).padStart(4)}`)].join('\n');
  return [
    table('Totals', Object.entries(stats.totals)),
    table(
      'Competencies per archetype (foundational + specialist)',
      stats.perArchetype.map((a) => [`${a.name} (${a.foundational} + ${a.specialist})`, a.competencies]),
    ),
    table(
      'Competencies per domain',
      stats.perDomain.map((d) => [d.name, d.competencies]),
    ),
    table('Competencies per kind', Object.entries(stats.perKind)),
    table('Competencies per tier', Object.entries(stats.perTier)),
    table(
      'Requirements per level',
      stats.perLevel.map((l) => [l.name, l.requirements]),
    ),
    table('Competencies per provenance', Object.entries(stats.perProvenance)),
  ].join('\n\n');
}
