import { describe, expect, it } from 'vitest';
import { buildFramework } from '../../src/framework/index.ts';
import { readFieldDocs } from '../../src/authoring/schema-sources.ts';
import {
  FRAMEWORK_JSON_VERSION,
  frameworkExportSchema,
  frameworkJson,
  frameworkJsonSchema,
} from '../../src/exports/index.ts';
import { exportSample } from './sample.ts';
import { NO_SITE } from '../helpers.ts';
import { fixtureFramework, SITE, validator } from './helpers.ts';

const docs = readFieldDocs();
const schema = frameworkJsonSchema(docs, SITE);

describe('frameworkJson', () => {
  const sample = frameworkJson(buildFramework(exportSample()), SITE);

  it('validates against its own published JSON Schema', () => {
    const validate = validator().compile(schema);
    for (const document of [sample, frameworkJson(fixtureFramework(), SITE)]) {
      const plain = JSON.parse(JSON.stringify(document));
      expect(validate(plain), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('also passes the Zod schema the JSON Schema is generated from', () => {
    expect(frameworkExportSchema.safeParse(sample).success).toBe(true);
  });

  it('names its version and schema, and carries the edition and review window', () => {
    expect(sample.formatVersion).toBe(FRAMEWORK_JSON_VERSION);
    expect(sample.$schema).toBe('https://example.org/framework/framework.schema.json');
    expect(sample.framework).toMatchObject({ edition: '1', published: '2026-01-01' });
    expect(sample.framework.lastReviewed).toBe('2026-03-01');
    expect(sample.framework.nextReviewDue).toBe('2027-01-01');
  });

  it('gives each competency the level per archetype and leaves out bodies and file paths', () => {
    const procure = sample.competencies.find((c) => c.id === 'procure')!;
    expect(procure.levels).toEqual({ drivers: 'high', users: 'low' });
    expect(Object.keys(procure)).not.toContain('body');
    expect(JSON.stringify(sample)).not.toContain('content/x.mdx');
  });

  it('links each archetype page under the site URL', () => {
    expect(sample.archetypes.map((a) => a.url)).toEqual([
      'https://example.org/framework/archetypes/shapers/',
      'https://example.org/framework/archetypes/drivers/',
      'https://example.org/framework/archetypes/users/',
    ]);
  });

  it("gives paths from the host, and no web address, when the build was not told the site's address", () => {
    const unplaced = frameworkJson(buildFramework(exportSample()), NO_SITE);
    expect(unplaced.archetypes[0]!.url).toBe('/archetypes/shapers/');
    expect(unplaced.$schema).toBe('/framework.schema.json');
    const pages = [unplaced.framework, ...unplaced.competencies, ...unplaced.personas].map((e) => e.url);
    expect(pages.filter((url) => !url.startsWith('/'))).toEqual([]);
    expect(frameworkExportSchema.safeParse(unplaced).success).toBe(true);
    expect(frameworkJsonSchema(docs, NO_SITE)).not.toHaveProperty('$id');
  });
});

describe('frameworkJsonSchema', () => {
  it('documents fields with the JSDoc written for authors', () => {
    const competency = (schema['properties'] as any).competencies.items;
    expect(competency.properties.progression.description).toMatch(/outcomes and study hours of each level/);
    expect(competency.additionalProperties).toBe(false);
  });

  // If this snapshot changes, the shape of /framework.json changed: bump FRAMEWORK_JSON_VERSION
  // (major for a removed or renamed field, minor for an added one) and say so in CHANGELOG.md.
  it('keeps the shape of the export stable', () => {
    expect(shape(schema)).toMatchSnapshot();
  });
});

/** Field names, types and required lists only, so wording changes do not trip the snapshot. */
function shape(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(shape);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => !['description', 'title', '$id'].includes(key))
      .map(([key, value]) => [key, shape(value)]),
  );
}
