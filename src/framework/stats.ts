import type { ArchetypeId } from '../schemas/index.ts';
import { syllabusHours, syllabusItems, type SyllabusHours } from './syllabus.ts';
import { sumHours } from './build-framework.ts';
import type { Framework } from './types.ts';

/** Counts that show how complete the framework is, and how its hours add up. */
export interface FrameworkStats {
  totals: Record<
    'archetypes' | 'domains' | 'levels' | 'competencies' | 'recommendations' | 'personas',
    number
  >;
  /** Each archetype's syllabus: its competencies, their levels, and its hours at its own levels. */
  perArchetype: Array<{
    id: ArchetypeId;
    name: string;
    competencies: number;
    foundational: number;
    specialist: number;
    /** How many of its competencies it needs at each level, lowest level first. */
    perLevel: Array<{ id: string; name: string; competencies: number }>;
    hours: SyllabusHours;
    /** Its competencies and hours in each strand. */
    perStrand: Array<{ id: string; name: string; competencies: number; hours: number }>;
  }>;
  perDomain: Array<{ id: string; name: string; competencies: number }>;
  perKind: Record<string, number>;
  perTier: Record<string, number>;
  /** How often each level is required, over all archetype requirements. */
  perLevel: Array<{ id: string; name: string; requirements: number }>;
  /** How many competencies rest in part on each kind of source. */
  perSource: Record<string, number>;
}

/** Counts per archetype, domain, kind, tier, level and source. */
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
      const items = syllabusItems(framework, [archetype.id]);
      const foundational = items.filter((i) => i.competency.tier === 'foundational').length;
      return {
        id: archetype.id,
        name: archetype.name,
        competencies: items.length,
        foundational,
        specialist: items.length - foundational,
        perLevel: framework.levels.map((level) => ({
          id: level.id,
          name: level.name,
          competencies: items.filter((i) => i.level.id === level.id).length,
        })),
        hours: syllabusHours(items),
        perStrand: framework.strands.map((strand) => {
          const inStrand = items.filter((i) => i.competency.strands.includes(strand.id));
          return {
            id: strand.id,
            name: strand.name,
            competencies: inStrand.length,
            hours: sumHours(inStrand),
          };
        }),
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
    perSource: count(competencies.flatMap((c) => Object.keys(c.basedOn ?? {}))),
  };
}

/** The statistics as plain-text tables for the terminal. */
export function formatStats(stats: FrameworkStats): string {
  const table = (title: string, rows: Array<[string, string | number]>) => {
    const width = Math.max(48, ...rows.map(([label]) => label.length));
    return [
      title,
      ...rows.map(([label, value]) => `  ${label.padEnd(width)} ${String(value).padStart(12)}`),
    ].join('\n');
  };
  const hours = (h: number) => `${h} h`;
  return [
    table('Totals', Object.entries(stats.totals)),
    table(
      'Competencies per archetype (foundational + specialist)',
      stats.perArchetype.map((a) => [`${a.name} (${a.foundational} + ${a.specialist})`, a.competencies]),
    ),
    ...stats.perArchetype.map((a) =>
      table(`${a.name}: study hours at its own levels, and competencies per level and strand`, [
        ['Foundational programme', hours(a.hours.foundational)],
        ['Specialist (above the foundational programme)', hours(a.hours.specialist)],
        ['Total', hours(a.hours.total)],
        ...(a.hours.clinicalOnly > 0
          ? [['  of which for clinical roles only', hours(a.hours.clinicalOnly)] as [string, string]]
          : []),
        ...(a.hours.nonClinicalOnly > 0
          ? [['  of which for non-clinical roles only', hours(a.hours.nonClinicalOnly)] as [string, string]]
          : []),
        ...a.perLevel.map((l): [string, number] => [`At ${l.name.toLowerCase()}`, l.competencies]),
        ...a.perStrand.map((s): [string, string] => [
          `Strand: ${s.name}`,
          `${s.competencies} (${hours(s.hours)})`,
        ]),
      ]),
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
    table('Competencies resting in part on each kind of source', Object.entries(stats.perSource)),
  ].join('\n\n');
}
