import type {
  ArchetypeData,
  ArchetypeId,
  CompetencyData,
  DomainData,
  FrameworkSettings,
  GuideData,
  LevelData,
  PersonaData,
  RecommendationData,
  Strand,
} from '../schemas/index.ts';

/** An entry's frontmatter plus its MDX body (source text) and the file it came from. */
export type WithBody<T> = T & { body: string; file: string };

/** What the framework is built from: the valid entries of every curriculum collection. */
export interface FrameworkInput {
  settings: FrameworkSettings;
  archetypes: WithBody<ArchetypeData>[];
  domains: WithBody<DomainData>[];
  levels: WithBody<LevelData>[];
  competencies: WithBody<CompetencyData>[];
  recommendations: WithBody<RecommendationData>[];
  personas: WithBody<PersonaData>[];
  /** Guide pages, for the syllabus's delivery section; `id` is the path under content/guide/. */
  guides: Guide[];
}

/** A guide page (content/guide/), as the syllabus uses it. */
export type Guide = WithBody<GuideData & { id: string }>;

export type Archetype = WithBody<ArchetypeData>;
export type Level = WithBody<LevelData>;
export type Recommendation = WithBody<RecommendationData>;
export type Persona = WithBody<PersonaData>;

/** A domain with its place in the tree. */
export interface Domain extends WithBody<DomainData> {
  /** 0 for a top-level domain, 1 for a sub-domain, and so on. */
  depth: number;
  /** Position in the depth-first order of the whole tree, from 0. */
  position: number;
}

/** What one archetype needs of a competency. */
export interface Requirement {
  archetype: ArchetypeId;
  level: Level;
}

/** One level of a competency: its outcomes, and the study hours to reach it from the level below. */
export interface LevelStep {
  level: Level;
  hours: number;
  outcomes: string[];
}

/** A competency with its references resolved. */
export interface Competency extends WithBody<CompetencyData> {
  /** The archetypes that need it, in archetype order, each with its level. */
  requirements: Requirement[];
  /** The levels it describes, lowest first. */
  steps: LevelStep[];
}

/** An old competency address that now leads to another competency (a merge). */
export interface Moved {
  /** The id that is no longer used. */
  from: string;
  /** The competency it was merged into. */
  to: Competency;
}

/**
 * The whole framework as one graph: every page, syllabus and export reads this.
 * Lists are in display order; `get*` look entries up by id.
 */
export interface Framework {
  settings: FrameworkSettings;
  archetypes: Archetype[];
  /** Lowest rank first. */
  levels: Level[];
  /** Depth-first: each domain followed by its sub-domains, siblings by `order`. */
  domains: Domain[];
  /** Grouped by domain (in domain order), then by title. */
  competencies: Competency[];
  /** Ids of merged competencies and where they went, by old id. */
  moved: Moved[];
  /** Themes across domains, in the order content/framework.yaml lists them. */
  strands: Strand[];
  /** By number. */
  recommendations: Recommendation[];
  personas: Persona[];
  guides: Guide[];
}
