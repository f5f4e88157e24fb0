import { z } from 'zod';
import { basedOnSchema, reviewedFields, textSchema } from './common.ts';

/**
 * Fields this project adds to Starlight's own frontmatter on guide pages
 * (`content/guide/**`). Starlight's fields (title, description, sidebar, template, hero...)
 * are defined by Starlight's `docsSchema()`; see https://starlight.astro.build/reference/frontmatter/.
 */
export const guideFields = {
  /** Which parts rest on the report, the capability framework or current guidance; the rest is the project's own. */
  basedOn: basedOnSchema.optional(),
  ...reviewedFields,
};
export const guideExtension = z.object(guideFields);

/** Guide page data as the framework uses it: title, description and the project's fields. */
export type GuideData = z.infer<typeof guideExtension> & { title: string; description?: string | undefined };

/** Starlight frontmatter keys accepted on guide pages (checked by Starlight itself during the build). */
export const STARLIGHT_KEYS = [
  'title',
  'description',
  'slug',
  'editUrl',
  'head',
  'tableOfContents',
  'template',
  'hero',
  'banner',
  'lastUpdated',
  'prev',
  'next',
  'pagefind',
  'draft',
  'sidebar',
] as const;

/**
 * What `npm run check` validates on guide pages: a title and description plus this
 * project's fields; other Starlight keys are allowed and left to Starlight.
 */
export const guideSchema = z.strictObject({
  /** Page title, shown as the main heading and in the browser tab. */
  title: textSchema,
  /** One sentence for search results and link previews. */
  description: textSchema,
  ...Object.fromEntries(
    STARLIGHT_KEYS.filter((key) => key !== 'title' && key !== 'description').map((key) => [
      key,
      z.unknown().optional(),
    ]),
  ),
  ...guideFields,
});
