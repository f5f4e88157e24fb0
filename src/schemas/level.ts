import { z } from 'zod';
import { idSchema, provenanceSchema, reviewedFields, textSchema } from './common.ts';

/** Frontmatter of `content/levels/<id>.mdx`: one step of the proficiency progression. */
export const levelSchema = z.strictObject({
  /** Permanent identifier used in competencies' `levels`; the same as the file name. */
  id: idSchema,
  /** Display name, for example "Working knowledge". */
  name: textSchema,
  /** Position in the progression: 1 is the lowest level; each level has its own rank. */
  rank: z.number().int().positive(),
  /** What a person at this level knows and can do, in one or two sentences. */
  descriptor: textSchema,
  /** Where this content comes from: report, capability-framework or project. */
  provenance: provenanceSchema,
  ...reviewedFields,
});
export type LevelData = z.infer<typeof levelSchema>;
