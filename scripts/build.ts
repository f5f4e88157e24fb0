// npm run build: checks content/, builds the site, syllabi and exports into a staging
// folder, checks its links, and only when everything succeeded replaces dist/ with it.
import { rmSync } from 'node:fs';
import { build } from 'astro';
import { findBrokenLinks } from '../src/build/check-links.ts';
import { linkIssues } from '../src/build/link-issues.ts';
import { publish } from '../src/build/publish.ts';
import { readSite } from '../src/build/read-site.ts';
import { checkContent, failed, REPORTERS } from '../src/validation/index.ts';
import { readContent } from '../src/validation/read-content.ts';

const STAGING = '.dist-staging';
const TARGET = 'dist';

const content = readContent('.');
const report = checkContent(content, new Date().toISOString().slice(0, 10));
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
const broken = linkIssues(findBrokenLinks(readSite(STAGING)), content);
if (broken.length > 0) {
  rmSync(STAGING, { recursive: true, force: true });
  console.error(REPORTERS.text({ ...report, issues: broken, fileCount: content.length }));
  console.error(`\nBuild stopped: fix the broken links above. ${TARGET}/ was left as it was.`);
  process.exit(1);
}
publish(STAGING, TARGET);
console.log(`✔ Built the site into ${TARGET}/.`);
