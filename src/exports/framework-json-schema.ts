import { z } from 'zod';
import {
  archetypeSchema,
  competencySchema,
  dateSchema,
  domainSchema,
  frameworkSchema,
  levelSchema,
  personaSchema,
  recommendationSchema,
} from '../schemas/index.ts';

/**
 * Version of the shape of `/framework.json` (semantic versioning): the major number changes
 * when a field is removed, renamed or changes meaning; the minor number when one is added.
 * The test of the export's JSON Schema snapshots the shape, so a change shows up in review.
 */
export const FRAMEWORK_JSON_VERSION = '2.1.0';

/**
 * What changed in each version of `/framework.json`, newest first; the downloads page shows the
 * changes of the current major version, so that a consumer can tell what to update.
 */
export const FRAMEWORK_JSON_CHANGES = [
  {
    version: '2.1.0',
    changes: [
      'Recommendations gain `asks` (what they ask for: `curriculum`, `training`, `workforce`, `collaboration`); `audience` now holds ids from a fixed list (`education-providers`, `employers`, `national-bodies`, `regulators`, `suppliers`).',
    ],
  },
  {
    version: '2.0.0',
    changes: [
      "Competencies describe each level: `outcomes` and `hours` are replaced by `progression`, which maps each level id to that level's `outcomes` and the `hours` to reach it from the level below. A syllabus adds up the hours of the levels up to the one an archetype needs.",
      "Competencies gain `strands`, `keywords`, `capabilityFramework` (a cross-walk to HEE's capability framework), optional `roles` and `replaces` (ids of competencies merged into this one).",
      "`provenance` is replaced on every entry by `basedOn`, which lists the parts resting on the report, the capability framework or current guidance; the rest is the project's own.",
      'Levels gain `change`, `evidence`, `verbs` and `typicalHours`; archetypes gain `ceiling`; sources gain `checked` dates.',
      '`framework` gains `reviewMonths`, `strands` and `capabilityFramework`.',
      "`url` fields (and `$schema`) are full web addresses when the site was built with its address (SITE_URL), otherwise paths from the site's host, such as `/competencies/x/`.",
    ],
  },
  { version: '1.0.0', changes: ['First published shape.'] },
] as const;

/** Where the JSON Schema of the export is published, relative to the site root. */
export const FRAMEWORK_SCHEMA_PATH = 'framework.schema.json';

/**
 * An address on the site: absolute when the build was told where the site is published
 * (SITE_URL), otherwise a path from the host's root such as `/competencies/x/`.
 */
const siteAddress = (what: string) =>
  z
    .union([z.url(), z.string().regex(/^\/\S*$/)])
    .describe(
      `${what}: a full web address, or a path from the site's host when the build did not know the site's address.`,
    );

const url = siteAddress('Address of the page that shows this entry on the site');

/** Each kind of entry as exported: its frontmatter plus the address of its page. */
export const archetypeExport = archetypeSchema.extend({ url });
export const levelExport = levelSchema.extend({ url });
export const domainExport = domainSchema.extend({ url });
export const competencyExport = competencySchema.extend({ url });
export const recommendationExport = recommendationSchema.extend({ url });
export const personaExport = personaSchema.extend({ url });

/** Which documented schema (src/schemas/) each exported entry schema extends, for its field docs. */
export const EXPORT_SCHEMA_NAMES = new Map<z.ZodType, string>([
  [archetypeExport, 'archetypeSchema'],
  [levelExport, 'levelSchema'],
  [domainExport, 'domainSchema'],
  [competencyExport, 'competencySchema'],
  [recommendationExport, 'recommendationSchema'],
  [personaExport, 'personaSchema'],
]);

/** The framework-wide facts as exported (the coverage setting is internal and left out). */
export const frameworkFactsExport = frameworkSchema.omit({ minCompetenciesPerArchetype: true }).extend({
  url: siteAddress('Home page of the site that publishes this framework'),
  lastReviewed: dateSchema.describe('The most recent review of any entry.'),
  nextReviewDue: dateSchema.describe('The earliest next review due of any entry.'),
});

/**
 * The shape of `/framework.json`. Entries carry exactly the fields authors write in their
 * frontmatter (see src/schemas/, defaults applied) and the address of their page, in display
 * order; prose bodies are not included. Competencies' `levels` maps each archetype that needs the competency to a level id.
 */
export const frameworkExportSchema = z
  .strictObject({
    $schema: siteAddress('Address of the JSON Schema this document follows'),
    formatVersion: z
      .literal(FRAMEWORK_JSON_VERSION)
      .describe(
        'Version of this JSON shape (semantic versioning), not of the framework: see `framework.edition`.',
      ),
    framework: frameworkFactsExport,
    archetypes: z.array(archetypeExport).describe('The workforce archetypes, in order.'),
    levels: z.array(levelExport).describe('Proficiency levels, lowest rank first.'),
    domains: z
      .array(domainExport)
      .describe('Domains depth-first: each domain followed by its sub-domains, siblings by order.'),
    competencies: z
      .array(competencyExport)
      .describe('Competencies grouped by domain (in domain order), then by title.'),
    recommendations: z.array(recommendationExport).describe('Recommendations by number.'),
    personas: z.array(personaExport).describe('Example people and their learning journeys, by name.'),
  })
  .meta({
    title: 'AI confidence framework export',
    description:
      'The whole framework as data: edition, archetypes, levels, domains, competencies with the level each archetype needs, recommendations and personas, each with provenance, sources and review dates.',
  });

/** The document at `/framework.json`. */
export type FrameworkExport = z.output<typeof frameworkExportSchema>;
