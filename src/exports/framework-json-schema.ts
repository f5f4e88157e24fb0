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
export const FRAMEWORK_JSON_VERSION = '1.0.0';

/** Where the JSON Schema of the export is published, relative to the site root. */
export const FRAMEWORK_SCHEMA_PATH = 'framework.schema.json';

const url = z.url().describe('Canonical web address of this entry on the site.');

/** An archetype as exported: its frontmatter plus the address of its page. */
export const archetypeExport = archetypeSchema.extend({ url });

/** The framework-wide facts as exported (the coverage setting is internal and left out). */
export const frameworkFactsExport = frameworkSchema.omit({ minCompetenciesPerArchetype: true }).extend({
  url: z.url().describe('Home page of the site that publishes this framework.'),
  lastReviewed: dateSchema.describe('The most recent review of any entry.'),
  nextReviewDue: dateSchema.describe('The earliest next review due of any entry.'),
});

/**
 * The shape of `/framework.json`. Entries carry exactly the fields authors write in their
 * frontmatter (see src/schemas/, defaults applied) in display order; prose bodies are not
 * included. Competencies' `levels` maps each archetype that needs the competency to a level id.
 */
export const frameworkExportSchema = z
  .strictObject({
    $schema: z.url().describe('Address of the JSON Schema this document follows.'),
    formatVersion: z
      .literal(FRAMEWORK_JSON_VERSION)
      .describe(
        'Version of this JSON shape (semantic versioning), not of the framework: see `framework.edition`.',
      ),
    framework: frameworkFactsExport,
    archetypes: z.array(archetypeExport).describe('The workforce archetypes, in order.'),
    levels: z.array(levelSchema).describe('Proficiency levels, lowest rank first.'),
    domains: z
      .array(domainSchema)
      .describe('Domains depth-first: each domain followed by its sub-domains, siblings by order.'),
    competencies: z
      .array(competencySchema)
      .describe('Competencies grouped by domain (in domain order), then by title.'),
    recommendations: z.array(recommendationSchema).describe('Recommendations by number.'),
    personas: z.array(personaSchema).describe('Example people and their learning journeys, by name.'),
  })
  .meta({
    title: 'AI confidence framework export',
    description:
      'The whole framework as data: edition, archetypes, levels, domains, competencies with the level each archetype needs, recommendations and personas, each with provenance, sources and review dates.',
  });

/** The document at `/framework.json`. */
export type FrameworkExport = z.output<typeof frameworkExportSchema>;
