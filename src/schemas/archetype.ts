import { z } from 'zod';
import { basedOnSchema, idSchema, reviewedFields, textSchema } from './common.ts';
import { ARCHETYPE_IDS } from './vocabulary.ts';

/** Frontmatter of `content/archetypes/<id>.mdx`: one of the five workforce archetypes. */
export const archetypeSchema = z.strictObject({
  /** One of shapers, drivers, creators, embedders, users; the same as the file name. */
  id: z.enum(ARCHETYPE_IDS),
  /** Display name, for example "Drivers". */
  name: textSchema,
  /** Position in lists and tables: 1 for the first archetype. */
  order: z.number().int().positive(),
  /** One sentence saying who belongs to this archetype. */
  summary: textSchema,
  /** Job titles of people who typically act as this archetype. */
  exampleRoles: z.array(textSchema).min(1),
  /** What people in this archetype do in relation to AI, one item per responsibility. */
  responsibilities: z.array(textSchema).min(1),
  /** Id of the highest level any competency may require of this archetype, for example `practitioner`. */
  ceiling: idSchema,
  /** Which parts rest on the report, the capability framework or current guidance; the rest is the project's own. */
  basedOn: basedOnSchema.optional(),
  ...reviewedFields,
});
export type ArchetypeData = z.infer<typeof archetypeSchema>;
