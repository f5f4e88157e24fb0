// The data of the site's charts, computed once from the framework graph: pages draw them as
// bars beside a table that gives the same numbers, so a chart never says more than its table.
import { hoursTableRows } from './syllabus-editions.ts';
import { syllabusItems, type Syllabus } from './syllabus.ts';
import type { ArchetypeId } from '../schemas/index.ts';
import { allItems } from './syllabus-wording.ts';
import type { Framework } from './types.ts';

/** One part of a bar: a value and the key that names it (and sets its colour). */
export interface ChartSegment {
  key: string;
  value: number;
}

export interface ChartRow {
  label: string;
  href?: string;
  segments: ChartSegment[];
}

/** A chart: rows of stacked bars on one scale, and the name of each key, in the order of the key. */
export interface ChartData {
  /** `rank` is set for keys that are levels, so they take the level's colour as in the matrix. */
  keys: { key: string; name: string; rank?: number }[];
  rows: ChartRow[];
  /** What the numbers count, for the reader, for one and for several: ["hour", "hours"]. */
  unit: readonly [one: string, many: string];
}

/** A number as charts print it: whole, or rounded to two decimal places. */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}

/** A number with its unit: "1 hour", "2.5 hours". */
export function withUnit(value: number, unit: ChartData['unit']): string {
  return `${formatNumber(value)} ${value === 1 ? unit[0] : unit[1]}`;
}

/** The total of a row. */
export const rowTotal = (row: ChartRow): number => row.segments.reduce((sum, s) => sum + s.value, 0);

/** Where a syllabus's hours go: each part (the foundational programme, each module), foundational and specialist apart. */
export function hoursByPart(s: Syllabus): ChartData {
  return {
    unit: ['hour', 'hours'],
    keys: [
      { key: 'foundational', name: 'Foundational' },
      { key: 'specialist', name: 'Specialist' },
    ],
    rows: hoursTableRows(s).rows.map((row) => ({
      label: row.part,
      segments: [
        { key: 'foundational', value: row.foundational },
        { key: 'specialist', value: row.specialist },
      ],
    })),
  };
}

/** A syllabus's hours by level: the hours of its steps at each level, foundational and specialist apart. */
export function hoursByLevel(s: Syllabus): ChartData {
  const steps = allItems(s).flatMap((item) => item.steps);
  const levels = [...new Map(steps.map((step) => [step.level.id, step.level])).values()].sort(
    (a, b) => a.rank - b.rank,
  );
  const sum = (levelId: string, foundational: boolean) =>
    steps
      .filter((step) => step.level.id === levelId && step.foundational === foundational)
      .reduce((total, step) => total + step.hours, 0);
  return {
    unit: ['hour', 'hours'],
    keys: [
      { key: 'foundational', name: 'Foundational' },
      { key: 'specialist', name: 'Specialist' },
    ],
    rows: levels.map((level) => ({
      label: level.name,
      segments: [
        { key: 'foundational', value: sum(level.id, true) },
        { key: 'specialist', value: sum(level.id, false) },
      ],
    })),
  };
}

/** The keys of a chart of levels: one per level, named as the site names it, coloured by rank. */
function levelKeys(framework: Framework): ChartData['keys'] {
  return framework.levels.map((level) => ({ key: `rank-${level.rank}`, name: level.name, rank: level.rank }));
}

/**
 * The profile of one archetype, or of a combination: per domain, how many competencies its
 * syllabus holds at each level (for a combination, each at the highest level any of them needs).
 */
export function archetypeProfile(framework: Framework, archetypeIds: readonly ArchetypeId[]): ChartData {
  const items = syllabusItems(framework, archetypeIds);
  return {
    unit: ['competency', 'competencies'],
    keys: levelKeys(framework),
    rows: framework.domains
      .filter((domain) => framework.competencies.some((c) => c.domain === domain.id))
      .map((domain) => {
        const inDomain = items.filter((item) => item.competency.domain === domain.id);
        return {
          label: domain.name,
          segments: framework.levels.map((level) => ({
            key: `rank-${level.rank}`,
            value: inDomain.filter((item) => item.level.id === level.id).length,
          })),
        };
      }),
  };
}

/** Several archetypes side by side: per domain, one row for each archetype, from their profiles. */
export function archetypeComparison(
  framework: Framework,
  archetypeIds: readonly ArchetypeId[],
): { domain: string; chart: ChartData }[] {
  const profiles = archetypeIds.map((id) => ({
    name: framework.archetypes.find((a) => a.id === id)!.name,
    profile: archetypeProfile(framework, [id]),
  }));
  const [first] = profiles;
  if (!first) return [];
  return first.profile.rows.map((row, i) => ({
    domain: row.label,
    chart: {
      unit: first.profile.unit,
      keys: first.profile.keys,
      rows: profiles.map(({ name, profile }) => ({ label: name, segments: profile.rows[i]!.segments })),
    },
  }));
}
