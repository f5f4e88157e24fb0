// The Astro edge of src/exports/: builds every download once per build, so the endpoints
// serve, and the downloads page measures, exactly the same bytes.
import { readFieldDocs } from '../authoring/schema-sources.ts';
import type { FieldDocs } from '../authoring/field-docs.ts';
import {
  caseFiles,
  frameworkCsv,
  frameworkJson,
  frameworkJsonSchema,
  jsonText,
  type CaseFile,
} from '../exports/index.ts';
import type { Framework } from '../framework/index.ts';
import type { SiteAddress } from '../framework/site-address.ts';
import { loadFramework, siteAddress } from './load-framework.ts';

/** One file served by an endpoint. */
export type Download = {
  /** Path under the site root, for example `framework.json`. */
  path: string;
  contentType: string;
  text: string;
};

export interface Downloads {
  json: Download;
  schema: Download;
  csv: Download;
  /** Every CASE file: the package, the document and one per object. */
  case: Array<Download & Pick<CaseFile, 'collection' | 'identifier'>>;
  /** Field descriptions from src/schemas/, shared with the collection schemas. */
  docs: FieldDocs;
}

const JSON_TYPE = 'application/json; charset=utf-8';
// Per framework graph: in `astro dev` a change to content/ makes a new one.
const made = new WeakMap<Framework, Downloads>();

/** The downloads, built once per build, for the site's address. */
export async function downloads(): Promise<Downloads> {
  const framework = await loadFramework();
  let result = made.get(framework);
  if (!result) made.set(framework, (result = build(framework, siteAddress())));
  return result;
}

/** A Response with the download's bytes and type. */
export function respond(download: Pick<Download, 'text' | 'contentType'>): Response {
  return new Response(download.text, { headers: { 'Content-Type': download.contentType } });
}

function build(framework: Framework, address: SiteAddress): Downloads {
  const docs = readFieldDocs();
  return {
    json: {
      path: 'framework.json',
      contentType: JSON_TYPE,
      text: jsonText(frameworkJson(framework, address)),
    },
    schema: {
      path: 'framework.schema.json',
      contentType: 'application/schema+json; charset=utf-8',
      text: jsonText(frameworkJsonSchema(docs, address)),
    },
    csv: {
      path: 'framework.csv',
      contentType: 'text/csv; charset=utf-8; header=present',
      text: frameworkCsv(framework),
    },
    case: caseFiles(framework, address).map((file) => ({
      path: file.path,
      collection: file.collection,
      identifier: file.identifier,
      contentType: JSON_TYPE,
      text: jsonText(file.body),
    })),
    docs,
  };
}
