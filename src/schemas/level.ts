import { z } from 'zod';
import { basedOnSchema, idSchema, reviewedFields, textSchema } from './common.ts';

/** Frontmatter of `content/levels/<id>.mdx`: one step of the proficiency progression. */
export const levelSchema = z.strictObject({
  /** Permanent identifier used in competencies' `levels` and `progression`; the same as the file name. */
  id: idSchema,
  /** Display name, for example "Working knowledge". */
  name: textSchema,
  /** Position in the progression: 1 is the lowest level; each level has its own rank. */
  rank: z.number().int().positive(),
  /** What a person at this level knows and can do, in one or two sentences. */
  descriptor: textSchema,
  /** What changes from the level below (for the first level: from no knowledge), in one sentence. */
  change: textSchema,
  /** Kinds of evidence that show a learner has reached this level, one per item. */
  evidence: z.array(textSchema).min(1),
  /** Verbs that start outcomes at this level; an outcome starting with a lower level's verb gets a warning. */
  verbs: z.array(z.string().regex(/^[a-z]+(?: [a-z]+)*$/, 'must be a verb in lowercase, for example "explain"')).min(1),
  /** Usual study hours per competency to reach this level from the one below; outside it, the check warns. */
  typicalHours: z
    .strictObject({
      /** Fewest usual hours. */
      min: z.number().positive(),
      /** Most usual hours. */
      max: z.number().positive(),
    })
    .refine((range) => range.min <= range.max, 'min must not be more than max'),
  /** Which parts rest on the report, the capability framework or current guidance; the rest is the project's own. */
  basedOn: basedOnSchema.optional(),
  ...reviewedFields,
});
export type LevelData = z.infer<typeof levelSchema>;
