import { z } from 'zod';
import { basedOnSchema, idSchema, reviewedFields, textSchema } from './common.ts';
import { ARCHETYPE_IDS, COMPETENCY_KINDS, CONFIDENCE_FACTOR_IDS, ROLE_FOCUSES, TIERS } from './vocabulary.ts';

/** Which level each archetype needs; an archetype left out does not need the competency. */
export const archetypeLevelsSchema = z.partialRecord(z.enum(ARCHETYPE_IDS), idSchema);

/** One level of a competency: what a learner can do there, and the study time to get there. */
export const levelStepSchema = z.strictObject({
  /**
   * Notional study hours to reach this level from the level below (or from nothing, for the
   * competency's first level): teaching, self-study, practice and assessment together.
   */
  hours: z.number().positive().max(300),
  /** 2-4 learning outcomes at this level, each one observable act starting with a verb ("Explain...", "Check..."). */
  outcomes: z
    .array(textSchema)
    .min(2, 'needs at least 2 outcomes')
    .max(4, 'has more than 4 outcomes'),
});
export type LevelStepData = z.infer<typeof levelStepSchema>;

/** Frontmatter of `content/competencies/<id>.mdx`: one thing to know or be able to do. */
export const competencySchema = z.strictObject({
  /** Permanent identifier used in URLs and references; the same as the file name. Never reuse one. */
  id: idSchema,
  /** The competency as a single clear statement, for example "Recognise automation bias". */
  title: textSchema,
  /** knowledge (to know), skill (to do) or capability (to apply in context). */
  kind: z.enum(COMPETENCY_KINDS),
  /** Id of the domain this competency belongs to. */
  domain: idSchema,
  /** foundational (needed by all five archetypes) or specialist (role-specific). */
  tier: z.enum(TIERS),
  /** Only when it concerns some roles: clinical (patient-facing clinical staff) or non-clinical. */
  roles: z.array(z.enum(ROLE_FOCUSES)).min(1).optional(),
  /** Ids of the strands (themes across domains, listed in content/framework.yaml) it belongs to. */
  strands: z.array(idSchema).default([]),
  /** Words people search for that should find this competency: abbreviations, product kinds, names of rules. */
  keywords: z.array(textSchema).default([]),
  /** Domains or sub-domains of HEE's capability framework (2023) it relates to, by number: "6", "6.2". */
  capabilityFramework: z.array(z.string().regex(/^\d+(?:\.\d+)?$/, 'must be a number such as "6" or "6.2"')).min(1),
  /** Level id required per archetype, for example `users: working-knowledge`. */
  levels: archetypeLevelsSchema,
  /**
   * The outcomes and study hours of each level, keyed by level id: every level any archetype
   * needs, and every level below it down to the competency's first level.
   */
  progression: z.record(idSchema, levelStepSchema),
  /** Ways to assess the competency, one idea per item. */
  assessment: z.array(textSchema).min(1),
  /** Part 1 confidence factors this competency helps with, for example automation bias -> cognitive-biases. */
  confidenceFactors: z.array(z.enum(CONFIDENCE_FACTOR_IDS)).default([]),
  /** Ids of competencies merged into this one; their old addresses lead here. Never reuse them. */
  replaces: z.array(idSchema).default([]),
  /** Which parts rest on the report, the capability framework or current guidance; the rest is the project's own. */
  basedOn: basedOnSchema.optional(),
  ...reviewedFields,
});
export type CompetencyData = z.infer<typeof competencySchema>;
