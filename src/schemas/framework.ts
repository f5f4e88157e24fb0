import { z } from 'zod';
import { dateSchema, idSchema, sourceSchema, textSchema } from './common.ts';

/** A theme that runs across domains, such as the rules for AI in England. */
export const strandSchema = z.strictObject({
  /** Permanent identifier, used in competencies' `strands` and in the strand's address. */
  id: idSchema,
  /** Display name, for example "Rules for AI in health and care in England". */
  name: textSchema,
  /** One or two sentences on what the strand covers and who it is for. */
  summary: textSchema,
  /** Longest time, in months, between a review of one of its competencies and the next (shorter for law and guidance). */
  reviewMonths: z.number().int().positive().max(60).optional(),
});
export type Strand = z.infer<typeof strandSchema>;

/** A numbered domain or sub-domain of another framework. */
const crosswalkAreaSchema = z.strictObject({
  /** Its number in that framework, for example "6" or "6.2". */
  code: z.string().regex(/^\d+(?:\.\d+)?$/, 'must be a number such as "6" or "6.2"'),
  /** Its name in that framework, as a reader would recognise it. */
  name: textSchema,
});

/** Another framework that competencies map to (`capabilityFramework` in their frontmatter). */
export const crosswalkSchema = z.strictObject({
  /** Its title, as its publisher gives it. */
  title: textSchema,
  /** Who published it. */
  publisher: textSchema,
  /** Date it was published, YYYY-MM-DD. */
  published: dateSchema,
  /** Where its structure is described, with the date it was checked. */
  source: sourceSchema,
  /** Its top-level domains, each with the sub-domains it has (if any). */
  domains: z
    .array(crosswalkAreaSchema.extend({ subdomains: z.array(crosswalkAreaSchema).default([]) }))
    .min(1),
});
export type Crosswalk = z.infer<typeof crosswalkSchema>;

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
  /** Longest time, in months, between an entry's review and the next (a strand may set less); no limit if left out. */
  reviewMonths: z.number().int().positive().max(60).optional(),
  /** Themes that run across domains; competencies name theirs in `strands`. */
  strands: z.array(strandSchema).default([]),
  /** HEE's AI and Digital Healthcare Technologies capability framework, which competencies map to. */
  capabilityFramework: crosswalkSchema,
});
export type FrameworkSettings = z.infer<typeof frameworkSchema>;
