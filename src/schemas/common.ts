import { z } from 'zod';
import { SOURCE_KINDS } from './vocabulary.ts';

/** Lowercase words joined by hyphens, for example `automation-bias`. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An entry id or a reference to one: lowercase letters, digits and single hyphens. */
export const idSchema = z
  .string()
  .regex(ID_PATTERN, 'must be lowercase words joined by hyphens, for example "automation-bias"');

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * A calendar date written `YYYY-MM-DD`. YAML readers differ (some turn dates into Date
 * objects), so both forms are accepted and the value is always the `YYYY-MM-DD` text.
 */
export const dateSchema = z
  .union([z.string(), z.date()])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
  .refine(isRealDate, 'must be a real date written YYYY-MM-DD, for example 2026-11-26');

/** A publication or web page that an entry rests on. */
export const sourceSchema = z.strictObject({
  /** Title of the page or document, as a reader would recognise it. */
  title: z.string().min(1),
  /** Full web address (https://...) of the page. */
  url: z.url({
    protocol: /^https?$/,
    error: 'must be a full web address starting https://',
  }),
  /** The section, chapter or page heading cited, if narrower than the whole page. */
  section: z.string().min(1).optional(),
  /** Date someone last read the page and checked the entry against it, YYYY-MM-DD (required for law and guidance). */
  checked: dateSchema.optional(),
});
export type Source = z.infer<typeof sourceSchema>;

/** Fields every entry carries: its sources and when it was last and next reviewed. */
export const reviewedFields = {
  /** One or more sources this entry rests on. */
  sources: z.array(sourceSchema).min(1, 'needs at least one source'),
  /** Date the content was last checked against its sources, YYYY-MM-DD. */
  lastReviewed: dateSchema,
  /** Date by which the content must be checked again, YYYY-MM-DD (after lastReviewed). */
  nextReviewDue: dateSchema,
};

/** A part of an entry: a frontmatter field (`title`, `responsibilities`) or a heading of its body ("Why it matters"). */
const partSchema = z.string().trim().min(1, 'must name a field or a heading of the body');

/**
 * Which parts of the entry rest on which kind of source: under `report`, `capability-framework`
 * or `guidance`, list the parts (field names such as `title`, or headings of the body). Every
 * part not listed is the project's own; leave the field out when the whole entry is.
 */
export const basedOnSchema = z.partialRecord(z.enum(SOURCE_KINDS), z.array(partSchema).min(1));
export type BasedOn = z.infer<typeof basedOnSchema>;

/** Non-empty text. */
export const textSchema = z.string().trim().min(1, 'must not be empty');
