// npm run schemas [-- --check]
// Writes the frontmatter JSON Schemas (schemas/*.json, for editors) and the field reference in
// CONTRIBUTING.md from the Zod schemas and their JSDoc, and its table of level verbs from content/levels/. With --check, only says whether they
// are up to date (exit 1 if not).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { CONTRIBUTING, generatedFiles } from '../src/authoring/generated-files.ts';
import { readFieldDocs } from '../src/authoring/schema-sources.ts';
import { checkProject } from '../src/validation/index.ts';

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
const levels = checkProject('.').report.entries.levels.map((entry) => entry.data);
const files = generatedFiles(readFieldDocs(), readFileSync(CONTRIBUTING, 'utf8'), levels);
const stale = [...files].filter(([path, text]) => {
  try {
    return readFileSync(path, 'utf8') !== text;
  } catch {
    return true;
  }
});
if (values.check) {
  for (const [path] of stale) console.error(`${path} is out of date with src/schemas/.`);
  if (stale.length > 0) console.error('Run `npm run schemas` and commit the result.');
  else console.log(`✔ ${files.size} generated files are up to date.`);
  process.exit(stale.length > 0 ? 1 : 0);
}
for (const [path, text] of stale) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  console.log(`Wrote ${path}`);
}
console.log(`✔ ${files.size} generated files are up to date.`);
