import { z } from 'zod';
import { idSchema, provenanceSchema, reviewedFields, textSchema } from './common.ts';
import { ARCHETYPE_IDS, COMPETENCY_KINDS, CONFIDENCE_FACTOR_IDS, TIERS } from './vocabulary.ts';

/** Which level each archetype needs; an archetype left out does not need the competency. */
export const archetypeLevelsSchema = z.partialRecord(z.enum(ARCHETYPE_IDS), idSchema);

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
  /** Level id required per archetype, for example `users: working-knowledge`. */
  levels: archetypeLevelsSchema,
  /** 2-4 learning outcomes, each starting with an observable verb ("Explain...", "Compare..."). */
  outcomes: z.array(textSchema).min(2, 'needs at least 2 outcomes').max(4, 'has more than 4 outcomes'),
  /** Suggested study time in hours (may be fractional, for example 1.5). */
  hours: z.number().positive().max(200),
  /** Ways to assess the competency, one idea per item. */
  assessment: z.array(textSchema).min(1),
  /** Part 1 confidence factors this competency helps with, for example automation bias -> cognitive-biases. */
  confidenceFactors: z.array(z.enum(CONFIDENCE_FACTOR_IDS)).default([]),
  /** Where this content comes from: report, capability-framework or project. */
  provenance: provenanceSchema,
  ...reviewedFields,
});
export type CompetencyData = z.infer<typeof competencySchema>;
