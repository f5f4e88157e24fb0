import { collectionJsonSchema, SCHEMA_FILE_NAMES, serialiseSchema } from './collection-schemas.ts';
import type { FieldDocs } from './field-docs.ts';
import { fieldReference, replaceBlock } from './field-reference.ts';
import { issueCodes } from './issue-codes.ts';
import { levelVerbs, type LevelVerbs } from './level-verbs.ts';

/** Folder of the committed frontmatter JSON Schemas, for editors (see .vscode/settings.json). */
export const SCHEMA_FOLDER = 'schemas';
/** The authors' guide, whose field reference is generated. */
export const CONTRIBUTING = 'CONTRIBUTING.md';

/**
 * Every file `npm run schemas` writes, path to text: `schemas/<name>.json` for each collection
 * and for framework.yaml, and CONTRIBUTING.md with its field reference, table of problem codes
 * and the verbs of each level brought up to date. Pure: takes the schemas' docs, the levels
 * of the content and the current CONTRIBUTING.md.
 */
export function generatedFiles(
  docs: FieldDocs,
  contributing: string,
  levels: readonly LevelVerbs[],
): Map<string, string> {
  const schemas = SCHEMA_FILE_NAMES.map((name) => ({
    name,
    file: name === 'framework' ? 'content/framework.yaml' : `content/${name}/<id>.mdx`,
    schema: collectionJsonSchema(name, docs),
  }));
  return new Map([
    ...schemas.map(({ name, schema }): [string, string] => [
      `${SCHEMA_FOLDER}/${name}.json`,
      serialiseSchema(schema),
    ]),
    [
      CONTRIBUTING,
      replaceBlock(
        replaceBlock(
          replaceBlock(contributing, 'field-reference', fieldReference(schemas)),
          'issue-codes',
          issueCodes(),
        ),
        'level-verbs',
        levelVerbs(levels),
      ),
    ],
  ]);
}
