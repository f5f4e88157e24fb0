import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SITE_URL } from '../../project.config.mjs';
import { buildFramework } from '../framework/index.ts';
import { checkContentInParallel, failed, REPORTERS, toFrameworkInput } from '../validation/index.ts';
import { readContent } from '../validation/read-content.ts';
import { writeCaseObjectFiles } from './case-object-files.ts';
import { findBrokenLinks } from './check-links.ts';
import { withCsp } from './csp.ts';
import { linkIssues } from './link-issues.ts';
import { errorText } from './error-text.ts';
import { acquireLock } from './lock.ts';
import { publish } from './publish.ts';
import { readSite } from './read-site.ts';
import { startSyllabusPdfs } from './syllabus-pdfs-ahead.ts';

export interface BuildOptions {
  /** Project root (holds content/). */
  root: string;
  /** Where the finished build goes, for example `dist`. */
  target: string;
  /** Runs the site generator into the given folder; throws on failure. */
  generate: (outDir: string) => Promise<void>;
  /** Today's date, YYYY-MM-DD, for review reminders in the content check. */
  today: string;
  log: (text: string) => void;
  error: (text: string) => void;
}

/**
 * The whole build: check the content, generate the site into a staging folder (with the
 * syllabus PDFs compiled beside it), add the CASE object files, give every page its
 * Content-Security-Policy, check its links, then replace `target`. Any failure stops the
 * build with `target` untouched.
 * Returns whether the build succeeded.
 */
export async function buildSite({
  root,
  target,
  generate,
  today,
  log,
  error,
}: BuildOptions): Promise<boolean> {
  const staging = `${target}.staging`;
  const stop = (message: string) => {
    rmSync(staging, { recursive: true, force: true });
    error(`\n${message} ${target}/ was left as it was.`);
    return false;
  };
  let release: () => void;
  try {
    release = acquireLock(`${target}.lock`);
  } catch (reason) {
    error(`Build not started: ${(reason as Error).message}`);
    return false;
  }
  try {
    const content = readContent(root);
    const report = await checkContentInParallel(content, today);
    log(REPORTERS.text(report));
    const input = toFrameworkInput(report);
    if (failed(report) || !input) return stop('Build stopped: fix the problems above.');
    const framework = buildFramework(input);

    rmSync(staging, { recursive: true, force: true });
    // The syllabus PDFs are compiled on other cores while Astro builds the site.
    const pdfs = startSyllabusPdfs(framework, root);
    try {
      await generate(staging);
    } catch (reason) {
      return stop(`Build failed: ${errorText(reason)}`);
    } finally {
      await pdfs.stop();
    }
    writeCaseObjectFiles(staging, framework, SITE_URL);
    const site = readSite(staging);
    for (const [path, html] of site.pages) writeFileSync(join(staging, path), withCsp(html));
    const broken = linkIssues(findBrokenLinks(site), content);
    if (broken.length > 0) {
      error(REPORTERS.text({ ...report, issues: broken }));
      return stop('Build stopped: fix the broken links above.');
    }
    publish(staging, target);
    log(`✔ Built the site, syllabi and exports into ${target}/.`);
    return true;
  } catch (reason) {
    return stop(`Build failed: ${errorText(reason)}`);
  } finally {
    release();
  }
}
