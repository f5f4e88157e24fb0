import { z } from 'zod';
import { idSchema, basedOnSchema, reviewedFields, textSchema } from './common.ts';
import { ARCHETYPE_IDS, RECOMMENDATION_ASKS, RECOMMENDATION_AUDIENCES, RECOMMENDATION_TYPES } from './vocabulary.ts';

/** Frontmatter of `content/recommendations/<id>.mdx`: something the sources ask providers or the system to do. */
export const recommendationSchema = z.strictObject({
  /** Permanent identifier used in URLs and references; the same as the file name. */
  id: idSchema,
  /** Number in this site's list of recommendations, 1 upwards, each used once. */
  number: z.number().int().positive(),
  /** The recommendation in a few words. */
  title: textSchema,
  /** One or two sentences on what is recommended and why. */
  summary: textSchema,
  /**
   * Who the sources ask to act: education-providers, employers, national-bodies, regulators
   * (and professional bodies) or suppliers. Readers can filter the recommendations by it.
   */
  audience: z.array(z.enum(RECOMMENDATION_AUDIENCES)).min(1),
  /** What it asks for: curriculum, training, workforce (roles, careers, planning) or collaboration. */
  asks: z.array(z.enum(RECOMMENDATION_ASKS)).min(1),
  /** What kind of statement it is in the sources, for example educational-priority or next-step. */
  type: z.enum(RECOMMENDATION_TYPES),
  /** true for the report's educational priorities; these are listed first and marked. */
  priority: z.boolean().default(false),
  /** Archetypes it concerns. */
  archetypes: z.array(z.enum(ARCHETYPE_IDS)).default([]),
  /** Ids of the competencies it concerns. */
  competencies: z.array(idSchema).default([]),
  /** Which parts rest on the report, the capability framework or current guidance; the rest is the project's own. */
  basedOn: basedOnSchema.optional(),
  ...reviewedFields,
});
export type RecommendationData = z.infer<typeof recommendationSchema>;
