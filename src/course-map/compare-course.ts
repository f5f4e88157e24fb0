import { sumHours } from '../framework/build-framework.ts';
import type { Framework, Level } from '../framework/index.ts';
import type { ArchetypeId, Tier } from '../schemas/index.ts';
import { neededFor } from './needed.ts';
import type { CourseRow } from './types.ts';

/** How far a course teaches a competency, from the worst: not at all, not far enough, far enough. */
export const STATUSES = ['missing', 'below', 'covered'] as const;
export type CoverageStatus = (typeof STATUSES)[number];

/** A level as a report shows it. */
export interface LevelRef {
  id: string;
  name: string;
  rank: number;
}

/** One module teaching a competency: one row of the map. */
export interface Teaching {
  module: string;
  level: LevelRef;
  /** Undefined when the map leaves the hours empty. */
  hours: number | undefined;
  row: number;
}

/** One competency the archetypes need, and what the course does for it. */
export interface CoverageItem {
  competency: { id: string; title: string; tier: Tier; domain: string };
  /** The highest level any of the chosen archetypes needs. */
  needed: LevelRef;
  neededBy: ArchetypeId[];
  /** covered: some module teaches the needed level or above; below: taught, but only lower; missing: not taught. */
  status: CoverageStatus;
  /** The highest level any module teaches it to. */
  highestTaught: LevelRef | undefined;
  modules: Teaching[];
  /** The hours the modules give it (empty cells count as 0; see `hoursNotGiven`). */
  hoursTaught: number;
  /** How many of its modules give no hours. */
  hoursNotGiven: number;
  /** The framework's study hours from nothing to the needed level. */
  frameworkHours: number;
}

/** A competency the course teaches that the archetypes do not need. */
export interface BeyondItem {
  competency: { id: string; title: string };
  modules: Teaching[];
  hoursTaught: number;
}

/** How a course covers the syllabus of some archetypes. Plain data: the JSON report is this object. */
export interface CourseCoverage {
  archetypes: { id: ArchetypeId; name: string }[];
  /** The framework edition compared with. */
  edition: string;
  /** Every competency the archetypes need, in the syllabus's order. */
  items: CoverageItem[];
  counts: Record<CoverageStatus, number>;
  hours: {
    /** The framework's hours to every needed level. */
    framework: number;
    /** The hours the course gives the competencies the archetypes need. */
    taught: number;
    /** The hours the course gives competencies beyond the syllabus. */
    beyond: number;
  };
  /** Rows that give no hours: with them, the hours taught are a lower bound. */
  rowsWithoutHours: number[];
  /** Rows mapping to competencies the archetypes do not need, by competency in framework order. */
  beyond: BeyondItem[];
  /** Rows naming a competency (or level) this edition does not have; checkEdition() says which and why. */
  notInEdition: number[];
}

/**
 * Compares a course with the syllabus of one or more archetypes: for each competency they need
 * (at the highest level any of them needs, as in their syllabus), whether some module teaches
 * it that far, which modules teach it and with how many hours, against the framework's hours
 * to that level. Status depends on levels only: hours are shown side by side, not judged,
 * because a course's hours and the framework's notional study hours are not measured alike.
 */
export function compareCourse(
  framework: Framework,
  archetypeIds: readonly ArchetypeId[],
  courseRows: readonly CourseRow[],
): CourseCoverage {
  const needed = neededFor(framework, archetypeIds);
  const levels = new Map(framework.levels.map((level) => [level.id, level]));
  const competencies = new Map(framework.competencies.map((c) => [c.id, c]));
  const inEdition = (row: CourseRow) => competencies.has(row.competency) && levels.has(row.level);
  const known = courseRows.filter(inEdition);
  const byCompetency = Map.groupBy(known, (row) => row.competency);
  const teaching = (id: string): Teaching[] =>
    (byCompetency.get(id) ?? []).map((row) => ({
      module: row.module,
      level: levelRef(levels.get(row.level)!),
      hours: row.hours,
      row: row.row,
    }));

  const items = needed.items.map((item): CoverageItem => {
    const modules = teaching(item.competency.id);
    const highest = modules.reduce<LevelRef | undefined>(
      (top, m) => (top && top.rank >= m.level.rank ? top : m.level),
      undefined,
    );
    const status = !highest ? 'missing' : highest.rank >= item.level.rank ? 'covered' : 'below';
    const { id, title, tier, domain } = item.competency;
    return {
      competency: { id, title, tier, domain },
      needed: levelRef(item.level),
      neededBy: item.neededBy,
      status,
      highestTaught: highest,
      modules,
      hoursTaught: taughtHours(modules),
      hoursNotGiven: modules.filter((m) => m.hours === undefined).length,
      frameworkHours: item.hours,
    };
  });
  const neededIds = new Set(items.map((item) => item.competency.id));
  const beyond = framework.competencies
    .filter((c) => !neededIds.has(c.id) && byCompetency.has(c.id))
    .map((c) => {
      const modules = teaching(c.id);
      return { competency: { id: c.id, title: c.title }, modules, hoursTaught: taughtHours(modules) };
    });

  return {
    archetypes: needed.archetypes.map((a) => ({ id: a.id, name: a.name })),
    edition: framework.settings.edition,
    items,
    counts: Object.fromEntries(
      STATUSES.map((status) => [status, items.filter((item) => item.status === status).length]),
    ) as Record<CoverageStatus, number>,
    hours: {
      framework: needed.hours,
      taught: sumHours(items.map((item) => ({ hours: item.hoursTaught }))),
      beyond: sumHours(beyond.map((item) => ({ hours: item.hoursTaught }))),
    },
    rowsWithoutHours: known.filter((row) => row.hours === undefined).map((row) => row.row),
    beyond,
    notInEdition: courseRows.filter((row) => !inEdition(row)).map((row) => row.row),
  };
}

function levelRef(level: Level): LevelRef {
  return { id: level.id, name: level.name, rank: level.rank };
}

function taughtHours(modules: readonly Teaching[]): number {
  return sumHours(modules.map((m) => ({ hours: m.hours ?? 0 })));
}
