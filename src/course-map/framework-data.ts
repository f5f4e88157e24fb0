import type { Competency, Framework, Level } from '../framework/index.ts';
import type { ArchetypeId, RoleFocus, Tier } from '../schemas/index.ts';

/**
 * What the course-map core reads of the framework, as plain JSON: a page that maps a course in
 * the reader's browser fetches this (a few tens of KB) instead of the whole graph (megabytes of
 * bodies, outcomes and sources that a course map never uses). Levels are named by id.
 */
export interface CourseMapData {
  settings: { edition: string; title: string; publisher: string; licence: string; published: string };
  archetypes: { id: ArchetypeId; name: string }[];
  levels: { id: string; name: string; rank: number }[];
  domains: { id: string }[];
  competencies: {
    id: string;
    title: string;
    tier: Tier;
    domain: string;
    roles?: RoleFocus[];
    requirements: { archetype: ArchetypeId; level: string }[];
    steps: { level: string; hours: number }[];
  }[];
  /** Merged competency ids and the competency they went into. */
  moved: { from: string; to: string }[];
}

/** The course-map core's share of the framework, to serialise for the browser. */
export function courseMapData(framework: Framework): CourseMapData {
  const { edition, title, publisher, licence, published } = framework.settings;
  return {
    settings: { edition, title, publisher, licence, published },
    archetypes: framework.archetypes.map(({ id, name }) => ({ id, name })),
    levels: framework.levels.map(({ id, name, rank }) => ({ id, name, rank })),
    domains: framework.domains.map(({ id }) => ({ id })),
    competencies: framework.competencies.map((c) => ({
      id: c.id,
      title: c.title,
      tier: c.tier,
      domain: c.domain,
      ...(c.roles ? { roles: c.roles } : {}),
      requirements: c.requirements.map((r) => ({ archetype: r.archetype, level: r.level.id })),
      steps: c.steps.map((s) => ({ level: s.level.id, hours: s.hours })),
    })),
    moved: framework.moved.map((m) => ({ from: m.from, to: m.to.id })),
  };
}

/**
 * A framework graph rebuilt from CourseMapData, for the course-map core only: parseCourseMap,
 * courseMapReport and courseMapTemplate give the same results with it as with the full graph
 * (tests/course-map/framework-data.test.ts checks this for every archetype combination). Other
 * fields are empty: bodies, sources, outcomes, review dates, personas, guides, recommendations.
 */
export function frameworkFromData(data: CourseMapData): Framework {
  const entry = { body: '', file: '', sources: [], lastReviewed: '', nextReviewDue: '' };
  const levels = data.levels.map((l) => ({ ...entry, ...l }) as unknown as Level);
  const level = new Map(levels.map((l) => [l.id, l]));
  const competencies = data.competencies.map(
    (c) =>
      ({
        ...entry,
        ...c,
        requirements: c.requirements.map((r) => ({ archetype: r.archetype, level: level.get(r.level)! })),
        steps: c.steps.map((s) => ({ level: level.get(s.level)!, hours: s.hours, outcomes: [] })),
      }) as unknown as Competency,
  );
  const competency = new Map(competencies.map((c) => [c.id, c]));
  return {
    settings: data.settings,
    archetypes: data.archetypes.map((a) => ({ ...entry, ...a })),
    levels,
    domains: data.domains.map((d) => ({ ...entry, ...d })),
    competencies,
    moved: data.moved.map((m) => ({ from: m.from, to: competency.get(m.to)! })),
    strands: [],
    recommendations: [],
    personas: [],
    guides: [],
  } as unknown as Framework;
}
