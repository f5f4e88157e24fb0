import { z } from 'zod';
import { dateSchema, textSchema } from './common.ts';

/** `content/framework.yaml`: facts about the framework as a whole. */
export const frameworkSchema = z.strictObject({
  /** Full title of the framework, used on syllabi and in exports. */
  title: textSchema,
  /** Edition label, for example "2026.1"; change it when you publish a new edition. */
  edition: textSchema,
  /** Date this edition was published, YYYY-MM-DD; syllabi and exports carry it. */
  published: dateSchema,
  /** Who publishes this framework (shown as the PDF author and CASE creator). */
  publisher: textSchema,
  /** Licence of the content, as an SPDX identifier such as CC-BY-4.0. */
  licence: textSchema,
  /** Each archetype must need at least this many competencies (a coverage check). */
  minCompetenciesPerArchetype: z.number().int().nonnegative().default(1),
});
export type FrameworkSettings = z.infer<typeof frameworkSchema>;
