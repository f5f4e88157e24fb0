// npm run build: checks content/, builds the site, syllabi and exports into a staging
// folder, and only when everything succeeded replaces dist/ with it.
import { rmSync } from 'node:fs';
import { build } from 'astro';
import { checkProject, failed, REPORTERS } from '../src/validation/index.ts';
import { publish } from '../src/build/publish.ts';

const STAGING = '.dist-staging';
const TARGET = 'dist';

const report = checkProject('.');
console.log(REPORTERS.text(report));
if (failed(report)) {
  console.error(`\nBuild stopped: fix the problems above. ${TARGET}/ was left as it was.`);
  process.exit(1);
}

rmSync(STAGING, { recursive: true, force: true });
try {
  await build({ outDir: STAGING, logLevel: 'warn' });
} catch (error) {
  rmSync(STAGING, { recursive: true, force: true });
  console.error(`\nBuild failed: ${error instanceof Error ? error.message : String(error)}`);
  console.error(`${TARGET}/ was left as it was.`);
  process.exit(1);
}
publish(STAGING, TARGET);
console.log(`✔ Built the site into ${TARGET}/.`);
