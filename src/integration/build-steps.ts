import { rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { REPORTERS } from '../validation/index.ts';
import { BuildStopped } from './build-stopped.ts';
import { writeCaseObjectFiles } from './case-object-files.ts';
import { findBrokenLinks } from './check-links.ts';
import { withCsp } from './csp.ts';
import { errorText } from './error-text.ts';
import { linkIssues } from './link-issues.ts';
import { acquireLock } from './lock.ts';
import { publish } from './publish.ts';
import { readSite } from './read-site.ts';
import { writeSearchIndex } from './search-index.ts';
import type { SharedState } from './shared-state.ts';
import { writeSyllabusPdfs } from './syllabus-pdf-files.ts';
import { startSyllabusPdfs } from './syllabus-pdfs-ahead.ts';

/** A build under way: Astro writes into `staging`; `finish` completes it and publishes it. */
export interface Build {
  staging: string;
  /** The steps after Astro, on the site Astro wrote into `dir`; then `dir` replaces the output. */
  finish: (dir: string, logger: AstroIntegrationLogger) => Promise<void>;
}

/**
 * Starts a build whose output goes to `target` (Astro's outDir): takes the build lock, stops
 * with the content's problems if it has errors, and starts compiling the syllabus PDFs on other
 * cores. Astro then builds into the staging folder beside `target`; whatever fails, `target`
 * is left as it was: the staging folder is removed, by `finish` or when the process exits.
 */
export function startBuild(state: SharedState, target: string, logger: AstroIntegrationLogger): Build {
  const output = target.replace(/[/\\]+$/, '');
  const shown = `${relative(state.root, output) || '.'}/`;
  const staging = `${output}.staging`;
  let release: () => void;
  try {
    release = acquireLock(`${output}.lock`);
  } catch (reason) {
    throw new BuildStopped(`Build not started: ${(reason as Error).message}`);
  }
  const cleanUp = () => {
    rmSync(staging, { recursive: true, force: true });
    release();
  };
  const { report, framework, files } = state.content;
  if (!framework) {
    cleanUp();
    throw new BuildStopped(
      `${REPORTERS.text(report)}\n\nBuild stopped: fix the problems above. ${shown} was left as it was.`,
    );
  }
  logger.info(REPORTERS.text(report));
  rmSync(staging, { recursive: true, force: true });
  // If Astro fails, the process ends without reaching `finish`: the staging folder goes then.
  process.once('exit', cleanUp);
  const pdfs = startSyllabusPdfs(state);

  const finish = async (dir: string, stepLogger: AstroIntegrationLogger) => {
    try {
      await pdfs.stop();
      const pdfCount = writeSyllabusPdfs(dir, state);
      const objects = writeCaseObjectFiles(dir, framework, state.address);
      // In the words of Starlight's own Pagefind step, which this one replaces.
      stepLogger.info('Building search index with Pagefind...');
      const started = performance.now();
      const site = readSite(dir);
      const indexed = await writeSearchIndex(dir, site.pages);
      stepLogger.info(
        `Finished building search index of ${indexed} pages in ${((performance.now() - started) / 1000).toFixed(2)}s.`,
      );
      for (const [path, html] of site.pages) writeFileSync(join(dir, path), withCsp(html));
      const broken = linkIssues(findBrokenLinks(site, state.address.base), files, state.address.base);
      if (broken.length > 0) {
        throw new BuildStopped(
          `${REPORTERS.text({ ...report, issues: broken })}\n\nBuild stopped: fix the broken links above. ${shown} was left as it was.`,
        );
      }
      publish(dir, output);
      stepLogger.info(
        `Added ${pdfCount} syllabus PDFs, ${objects} CASE object files and each page's Content-Security-Policy; checked the links of ${site.pages.size} pages.`,
      );
      stepLogger.info(`✔ Built the site, syllabi and exports into ${shown}`);
    } catch (reason) {
      if (reason instanceof BuildStopped) throw reason;
      throw new BuildStopped(`Build failed: ${errorText(reason)}\n${shown} was left as it was.`);
    } finally {
      process.off('exit', cleanUp);
      cleanUp();
    }
  };
  return { staging, finish };
}
