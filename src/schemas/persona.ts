import { z } from 'zod';
import { idSchema, basedOnSchema, reviewedFields, textSchema } from './common.ts';
import { ARCHETYPE_IDS } from './vocabulary.ts';

/** One step of a persona's education journey. */
export const journeyStepSchema = z.strictObject({
  /** The step in a few words, for example "MSc in data science". */
  step: textSchema,
  /** Optional detail: what was learned or why. */
  detail: textSchema.optional(),
});

/** Frontmatter of `content/personas/<id>.mdx`: an example person and their learning journey. */
export const personaSchema = z.strictObject({
  /** Permanent identifier used in URLs; the same as the file name. */
  id: idSchema,
  /** Short heading, for example "Clinical scientist in data science and AI". */
  name: textSchema,
  /** The archetypes this person acts as, the one they mainly act as first. */
  archetypes: z.array(z.enum(ARCHETYPE_IDS)).min(1),
  /** Job title. */
  role: textSchema,
  /** Where they work, for example "an integrated care system (fictional)". */
  setting: textSchema,
  /** What they do in relation to AI, one item per responsibility. */
  responsibilities: z.array(textSchema).min(1),
  /** Their education journey, in order. */
  journey: z.array(journeyStepSchema).min(1),
  /** Which parts rest on the report (a persona of the report) or other sources; leave out for an illustration we wrote. */
  basedOn: basedOnSchema.optional(),
  ...reviewedFields,
});
export type PersonaData = z.infer<typeof personaSchema>;
