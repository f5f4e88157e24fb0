import type {
  CompetencyKind,
  ConfidenceFactor,
  ConfidenceLevel,
  RecommendationAsk,
  RecommendationAudience,
  RecommendationType,
  RoleFocus,
  Tier,
} from '../schemas/index.ts';

// How each value of the closed vocabularies (src/schemas/vocabulary.ts) reads on a page. Pages
// and PDFs show these, never the ids; exports keep the ids, which programs match on.

/** A competency's kind, as a noun: "a knowledge competency" reads oddly, so pages say these. */
export const KIND_NAMES: Record<CompetencyKind, string> = {
  knowledge: 'Knowledge',
  skill: 'Skill',
  capability: 'Capability',
};

export const TIER_NAMES: Record<Tier, string> = {
  foundational: 'Foundational',
  specialist: 'Specialist',
};

/** What each tier means, for a reader who has not met the word. */
export const TIER_MEANINGS: Record<Tier, string> = {
  foundational: 'part of the foundational programme for all staff',
  specialist: 'specialist learning for the archetypes that need it',
};

export const ROLE_NAMES: Record<RoleFocus, string> = {
  clinical: 'Staff in clinical roles',
  'non-clinical': 'Staff in non-clinical roles',
};

/**
 * The three levels of Part 1's confidence framework. Part 1 ("Understanding healthcare workers'
 * confidence in AI", May 2022) is the first of the research's two reports; the report this site
 * is built on is Part 2.
 */
export const CONFIDENCE_LEVEL_NAMES: Record<ConfidenceLevel, string> = {
  governance: 'Governance',
  implementation: 'Implementation',
  'clinical-use': 'Clinical use',
};

/** The factors that Part 1 found to influence confidence in AI. */
export const CONFIDENCE_FACTOR_NAMES: Record<ConfidenceFactor, string> = {
  'regulation-and-standards': 'Regulation and standards',
  'evaluation-and-validation': 'Evaluation and validation',
  guidelines: 'Guidelines',
  liability: 'Liability',
  'business-cases': 'Business cases',
  'industry-relationships': 'Relationships with industry',
  'organisational-culture': 'Organisational culture',
  'clinician-attitudes': "Clinicians' attitudes",
  'model-design': 'Design of the AI model',
  'cognitive-biases': 'Cognitive biases',
};

/** What kind of statement a recommendation is in its source, in a reader's words. */
export const RECOMMENDATION_TYPE_NAMES: Record<RecommendationType, string> = {
  'educational-priority': 'An educational priority the report names',
  'next-step': 'A next step the report names',
  'headline-recommendation': "The report's headline recommendation",
  'suggested-approach': 'An approach the report suggests',
  finding: 'A finding of the report',
  'further-work': 'Further work the report calls for',
  'part-1-recommendation': "A recommendation of Part 1, the research's first report (May 2022)",
};

/** Who is asked to act on a recommendation. */
export const AUDIENCE_NAMES: Record<RecommendationAudience, string> = {
  'education-providers': 'Education and training providers',
  employers: 'Health and care employers',
  'national-bodies': 'National bodies',
  regulators: 'Regulators and professional bodies',
  suppliers: 'AI suppliers',
};

/** What a recommendation asks for. */
export const ASK_NAMES: Record<RecommendationAsk, string> = {
  curriculum: 'What to teach: curricula and content',
  training: 'Training and resources for staff',
  workforce: 'Roles, careers and workforce planning',
  collaboration: 'Working together and sharing progress',
};
