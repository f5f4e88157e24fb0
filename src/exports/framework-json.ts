import type { Framework, WithBody } from '../framework/index.ts';
import type { FieldDocs } from '../authoring/field-docs.ts';
import { toJsonSchema, type JsonSchema } from '../authoring/json-schema.ts';
import { routes } from '../framework/routes.ts';
import { absoluteUrl, pageAddress, type SiteAddress } from '../framework/site-address.ts';
import {
  EXPORT_SCHEMA_NAMES,
  FRAMEWORK_JSON_VERSION,
  FRAMEWORK_SCHEMA_PATH,
  frameworkExportSchema,
  type FrameworkExport,
} from './framework-json-schema.ts';

/**
 * The framework as the document served at `/framework.json` (see framework-json-schema.ts for
 * its documented shape). Deterministic: the same content gives the same document.
 */
export function frameworkJson(framework: Framework, address: SiteAddress): FrameworkExport {
  const { minCompetenciesPerArchetype: _internal, ...settings } = framework.settings;
  const entries = [
    ...framework.archetypes,
    ...framework.levels,
    ...framework.domains,
    ...framework.competencies,
    ...framework.recommendations,
    ...framework.personas,
  ];
  const page = (path: string) => pageAddress(address, path);
  return {
    $schema: page(`/${FRAMEWORK_SCHEMA_PATH}`),
    formatVersion: FRAMEWORK_JSON_VERSION,
    framework: {
      ...settings,
      url: page('/'),
      lastReviewed: entries.map((e) => e.lastReviewed).reduce((a, b) => (a > b ? a : b), settings.published),
      nextReviewDue: entries.map((e) => e.nextReviewDue).reduce((a, b) => (a < b ? a : b), '9999-12-31'),
    },
    archetypes: framework.archetypes.map((a) => ({ ...data(a), url: page(routes.archetype(a.id)) })),
    levels: framework.levels.map((l) => ({ ...data(l), url: page(routes.level(l.id)) })),
    domains: framework.domains.map(({ depth: _depth, position: _position, ...d }) => ({
      ...data(d),
      url: page(routes.domain(d.id)),
    })),
    competencies: framework.competencies.map(({ requirements: _requirements, steps: _steps, ...c }) => ({
      ...data(c),
      url: page(routes.competency(c.id)),
    })),
    recommendations: framework.recommendations.map((r) => ({
      ...data(r),
      url: page(routes.recommendation(r.id)),
    })),
    personas: framework.personas.map((p) => ({ ...data(p), url: page(routes.persona(p.id)) })),
  };
}

/** The JSON Schema of `/framework.json`, documented with the schemas' JSDoc, with its `$id`. */
export function frameworkJsonSchema(docs: FieldDocs, address: SiteAddress): JsonSchema {
  const { $schema, ...rest } = toJsonSchema(frameworkExportSchema, {
    io: 'output',
    docs,
    names: EXPORT_SCHEMA_NAMES,
  });
  const $id = absoluteUrl(address, FRAMEWORK_SCHEMA_PATH);
  return $id ? { $schema, $id, ...rest } : { $schema, ...rest };
}

/** An entry's frontmatter without the build's additions (body text and file path). */
function data<T>({ body: _body, file: _file, ...rest }: WithBody<T>): T {
  return rest as T;
}
