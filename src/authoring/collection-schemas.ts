import { COLLECTION_NAMES, COLLECTIONS, frameworkSchema, type CollectionName } from '../schemas/index.ts';
import type { FieldDocs } from './field-docs.ts';
import { toJsonSchema, type JsonSchema } from './json-schema.ts';

/** What has a frontmatter JSON Schema: every collection, plus `framework` for content/framework.yaml. */
export type SchemaFileName = CollectionName | 'framework';
export const SCHEMA_FILE_NAMES: readonly SchemaFileName[] = [...COLLECTION_NAMES, 'framework'];

/**
 * The JSON Schema of what an author writes in each collection's frontmatter (Zod's
 * `toJSONSchema` with `io: 'input'`, so fields with defaults are optional), described with
 * the schemas' JSDoc. No `$id`: the same bytes are committed in schemas/ and published.
 */
export function collectionJsonSchema(name: SchemaFileName, docs: FieldDocs): JsonSchema {
  const schema = name === 'framework' ? frameworkSchema : COLLECTIONS[name];
  const { $schema, ...rest } = toJsonSchema(schema, { io: 'input', docs });
  return {
    $schema,
    title: name === 'framework' ? 'content/framework.yaml' : `content/${name}/*.mdx frontmatter`,
    ...rest,
  };
}

/** The schema serialised as it is written to disk and served: two-space JSON with a final newline. */
export function serialiseSchema(schema: JsonSchema): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
