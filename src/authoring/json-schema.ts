import { z } from 'zod';
import * as schemas from '../schemas/index.ts';
import type { FieldDocs, ObjectDocs } from './field-docs.ts';

/** A JSON Schema document (draft 2020-12), as plain JSON. */
export type JsonSchema = { [key: string]: unknown };

/** Which documented object (a variable name in src/schemas/) a Zod schema instance is. */
export type SchemaNames = ReadonlyMap<z.ZodType, string>;

/** Every schema object exported by src/schemas/, by instance, so its JSDoc can be found. */
export const SCHEMA_NAMES: SchemaNames = new Map(
  Object.entries(schemas).flatMap(([name, value]) => (value instanceof z.ZodType ? [[value, name]] : [])),
);

interface Options {
  /** `input` for what an author writes (defaults optional); `output` for what the build produces. */
  io: 'input' | 'output';
  /** Field descriptions, from `fieldDocs()`. */
  docs: FieldDocs;
  /** Extra schema instances to document, for example an `.extend()`ed copy of a collection schema. */
  names?: SchemaNames;
}

/**
 * Zod's own JSON Schema output for `schema`, with two additions: dates (`YYYY-MM-DD`, which
 * YAML may read as a date object) are plain `format: date` strings, and every object and
 * field documented in src/schemas/ carries that JSDoc as its `description`.
 */
export function toJsonSchema(schema: z.ZodType, options: Options): JsonSchema {
  const names = new Map([...SCHEMA_NAMES, ...(options.names ?? [])]);
  const result = z.toJSONSchema(schema, {
    io: options.io,
    unrepresentable: 'any',
    override({ zodSchema, jsonSchema }) {
      if (zodSchema === schemas.dateSchema) {
        for (const key of Object.keys(jsonSchema)) delete (jsonSchema as JsonSchema)[key];
        Object.assign(jsonSchema, { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
      }
      const name = names.get(zodSchema as unknown as z.ZodType);
      const docs = name === undefined ? undefined : options.docs[name];
      if (docs) (jsonSchema as JsonSchema)[DOCS_MARK] = docs;
    },
  }) as JsonSchema;
  return describe(result) as JsonSchema;
}

/** Temporary key marking a documented object node between Zod's pass and ours. */
const DOCS_MARK = 'x-field-docs';

/**
 * Copies the tree, adding descriptions to documented objects and their properties. Zod shares
 * one JSON node between fields that reuse a schema (every `textSchema`), so descriptions are
 * added to copies, never to the shared node.
 */
function describe(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(describe);
  if (node === null || typeof node !== 'object') return node;
  const { [DOCS_MARK]: mark, ...rest } = node as JsonSchema;
  const copy: JsonSchema = Object.fromEntries(
    Object.entries(rest).map(([key, value]) => [key, describe(value)]),
  );
  const docs = mark as ObjectDocs | undefined;
  if (!docs) return copy;
  if (docs.description && copy['description'] === undefined) copy['description'] = docs.description;
  const properties = copy['properties'] as Record<string, JsonSchema> | undefined;
  for (const [field, text] of Object.entries(docs.fields)) {
    const property = properties?.[field];
    if (properties && property && text && property['description'] === undefined) {
      properties[field] = { ...property, description: text };
    }
  }
  return copy;
}
