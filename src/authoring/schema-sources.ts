import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fieldDocs, type FieldDocs } from './field-docs.ts';

/** Folder of the Zod schemas, relative to the project root. */
export const SCHEMAS_DIR = 'src/schemas';

/**
 * The JSDoc of every schema in `<root>/src/schemas/`, read from the source files. Used at build
 * time and by scripts; the project root defaults to the working directory, where npm runs them.
 */
export function readFieldDocs(root = process.cwd()): FieldDocs {
  const dir = join(root, SCHEMAS_DIR);
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.ts'))
    .sort();
  return fieldDocs(Object.fromEntries(files.map((name) => [name, readFileSync(join(dir, name), 'utf8')])));
}
