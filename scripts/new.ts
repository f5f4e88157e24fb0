// npm run new -- <collection> <id>
// Creates content/<collection>/<id>.mdx from the collection's template, never overwriting a
// file, then checks the content so the author knows the new file is valid.
import { existsSync, writeFileSync } from 'node:fs';
import { newEntry } from '../src/authoring/new-entry.ts';
import { checkProject, REPORTERS } from '../src/validation/index.ts';
import { COLLECTION_NAMES } from '../src/schemas/index.ts';

const [collection, id, ...extra] = process.argv.slice(2);
if (!collection || !id || extra.length > 0) {
  console.error('Usage: npm run new -- <collection> <id>');
  console.error(`  <collection> is one of: ${COLLECTION_NAMES.join(', ')}`);
  console.error(
    '  <id> is the permanent id and file name: lowercase words joined by hyphens, for example automation-bias',
  );
  process.exit(2);
}
const today = new Date().toISOString().slice(0, 10);
const before = checkProject('.', { today }).report;
const result = newEntry(collection, id, {
  entries: before.entries,
  settings: before.settings,
  today,
  exists: existsSync,
});
if (!result.ok) {
  console.error(`✖ ${result.message}`);
  process.exit(1);
}
writeFileSync(result.path, result.text, { flag: 'wx' });
console.log(`✔ Created ${result.path}`);

const { report } = checkProject('.', { today });
const own = report.issues.filter((issue) => issue.file === result.path);
if (own.length > 0) {
  console.log(`\nnpm run check has something to say about it:\n`);
  console.log(REPORTERS.text({ ...report, issues: own }));
}
console.log(`\nReplace every TODO (npm run check and the build refuse them until you do):`);
for (const line of result.placeholders) console.log(`  ${line}`);
console.log(
  `\nThe comment above each choice lists the values allowed. Then preview the page with npm run dev.`,
);
