import { z } from 'zod';
import { idSchema, basedOnSchema, reviewedFields, textSchema } from './common.ts';
import { CONFIDENCE_LEVELS } from './vocabulary.ts';

/** Frontmatter of `content/domains/<id>.mdx`: a group of related competencies. */
export const domainSchema = z.strictObject({
  /** Permanent identifier used in URLs and references; the same as the file name. */
  id: idSchema,
  /** Display name, for example "Data and its governance". */
  name: textSchema,
  /** Position among its sibling domains: 1 comes first. Syllabus modules follow this order. */
  order: z.number().int().positive(),
  /** One or two sentences on what the domain covers. */
  summary: textSchema,
  /** Id of the parent domain, only for a sub-domain. */
  parent: idSchema.optional(),
  /** Part 1 confidence levels this domain addresses: governance, implementation, clinical-use. */
  confidenceLevels: z.array(z.enum(CONFIDENCE_LEVELS)).default([]),
  /** Which parts rest on the report, the capability framework or current guidance; the rest is the project's own. */
  basedOn: basedOnSchema.optional(),
  ...reviewedFields,
});
export type DomainData = z.infer<typeof domainSchema>;
