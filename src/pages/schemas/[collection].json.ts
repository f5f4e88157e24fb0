import type { APIRoute, GetStaticPaths } from 'astro';
import {
  collectionJsonSchema,
  SCHEMA_FILE_NAMES,
  serialiseSchema,
} from '../../authoring/collection-schemas.ts';
import { readFieldDocs } from '../../authoring/schema-sources.ts';

/** `/schemas/<collection>.json`: JSON Schema of a collection's frontmatter (the same as schemas/ in the repository). */
export const getStaticPaths = (() => {
  const docs = readFieldDocs();
  return SCHEMA_FILE_NAMES.map((collection) => ({
    params: { collection },
    props: { text: serialiseSchema(collectionJsonSchema(collection, docs)) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ text: string }> = ({ props }) =>
  new Response(props.text, { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
