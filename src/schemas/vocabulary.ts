/**
 * Closed vocabularies of the framework. Each list is the single definition of its values:
 * schemas, error messages, pages and exports all read them from here.
 */

/** The five workforce archetypes, in the report's order. */
export const ARCHETYPE_IDS = ['shapers', 'drivers', 'creators', 'embedders', 'users'] as const;
export type ArchetypeId = (typeof ARCHETYPE_IDS)[number];

/** What a competency is: something to know, something to do, or a broader capability. */
export const COMPETENCY_KINDS = ['knowledge', 'skill', 'capability'] as const;
export type CompetencyKind = (typeof COMPETENCY_KINDS)[number];

/** Foundational competencies are for the whole workforce; specialist ones for some archetypes. */
export const TIERS = ['foundational', 'specialist'] as const;
export type Tier = (typeof TIERS)[number];

/**
 * The kinds of source a part of an entry can rest on, so readers can tell the report's
 * points from ours: `report` (the 2022 report or its Part 1), `capability-framework` (HEE's
 * AI and Digital Healthcare Technologies capability framework), `guidance` (current law,
 * regulation and national guidance, cited with the date it was checked). Whatever an entry
 * does not attribute to one of these is the project's own.
 */
export const SOURCE_KINDS = ['report', 'capability-framework', 'guidance'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Who a competency concerns when not everyone in the archetypes that need it. */
export const ROLE_FOCUSES = ['clinical', 'non-clinical'] as const;
export type RoleFocus = (typeof ROLE_FOCUSES)[number];

/** The three levels of Part 1's confidence framework. */
export const CONFIDENCE_LEVELS = ['governance', 'implementation', 'clinical-use'] as const;
export type ConfidenceLevel = (typeof CONFIDENCE_LEVELS)[number];

/** Part 1's factors that influence confidence, each under its framework level. */
export const CONFIDENCE_FACTORS = {
  'regulation-and-standards': 'governance',
  'evaluation-and-validation': 'governance',
  guidelines: 'governance',
  liability: 'governance',
  'business-cases': 'implementation',
  'industry-relationships': 'implementation',
  'organisational-culture': 'implementation',
  'clinician-attitudes': 'clinical-use',
  'model-design': 'clinical-use',
  'cognitive-biases': 'clinical-use',
} as const satisfies Record<string, ConfidenceLevel>;
export type ConfidenceFactor = keyof typeof CONFIDENCE_FACTORS;
export const CONFIDENCE_FACTOR_IDS = Object.keys(CONFIDENCE_FACTORS) as [
  ConfidenceFactor,
  ...ConfidenceFactor[],
];

/** Who a recommendation asks to act. */
export const RECOMMENDATION_AUDIENCES = [
  'education-providers',
  'employers',
  'national-bodies',
  'regulators',
  'suppliers',
] as const;
export type RecommendationAudience = (typeof RECOMMENDATION_AUDIENCES)[number];

/** What a recommendation asks for. */
export const RECOMMENDATION_ASKS = ['curriculum', 'training', 'workforce', 'collaboration'] as const;
export type RecommendationAsk = (typeof RECOMMENDATION_ASKS)[number];

/** What kind of statement a recommendation is in the sources. */
export const RECOMMENDATION_TYPES = [
  'educational-priority',
  'next-step',
  'headline-recommendation',
  'suggested-approach',
  'finding',
  'further-work',
  'part-1-recommendation',
] as const;
export type RecommendationType = (typeof RECOMMENDATION_TYPES)[number];
