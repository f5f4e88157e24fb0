import type { AstroIntegration } from 'astro';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { addressOf } from '../framework/site-address.ts';
import { REPORTERS } from '../validation/index.ts';
import { addBaseLinks, type MarkdownProcessor } from './base-links.ts';
import { startBuild, type Build } from './build-steps.ts';
import { watchContent } from './dev-check.ts';
import { checkContentOf } from './check-content.ts';
import { shareState, sharedState, type SharedState } from './shared-state.ts';

/** Where PDFs are kept between builds: in Astro's cache folder (`cacheDir`, by default node_modules/.astro/). */
export function pdfCacheFolder(cacheDir: URL): string {
  return fileURLToPath(new URL('syllabus-pdfs/', cacheDir));
}

/**
 * The project's Astro integration, and the only place the build's steps are wired, so that
 * `astro build`, `npm run build` and the deploy workflow all make the same site:
 *
 * - before Astro reads anything, content/ is checked (`npm run check`'s checks) and the
 *   framework graph built, once, for the collection loaders, the pages and the steps after
 *   Astro (shared-state.ts); a build with errors stops here with each problem's file and line;
 * - a build goes to a staging folder beside the output folder, with the syllabus PDFs compiled
 *   on other cores meanwhile; once Astro (and Starlight's search index and sitemap) are done,
 *   the CASE object files and each page's Content-Security-Policy are added, every link is
 *   checked, and only then does the staging folder replace the output (build-steps.ts);
 * - in `astro dev`, every change to content/ is checked again and its problems are shown in
 *   the terminal and the browser (dev-check.ts);
 * - site links written in content get the base path (base-links.ts).
 */
export function aiConfidenceFramework(options: {
  /** The repository that holds content/, for links to CONTRIBUTING.md from the problems shown in `astro dev`. */
  repository: string;
}): AstroIntegration {
  let state: SharedState;
  let build: Build | undefined;
  return {
    name: 'ai-confidence-framework',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig, logger }) => {
        const root = fileURLToPath(config.root);
        const address = addressOf(config);
        const today = new Date().toISOString().slice(0, 10);
        const content = checkContentOf(root, today);
        state = { root, address, pdfCache: pdfCacheFolder(config.cacheDir), content };
        shareState(state);
        if (!addBaseLinks(config.markdown.processor as MarkdownProcessor, address.base)) {
          logger.warn('Site links in content keep no base path: the Markdown processor is not Sätteri.');
        }
        if (command === 'build') {
          build = startBuild(state, fileURLToPath(config.outDir), logger);
          updateConfig({ outDir: pathToFileURL(`${build.staging}/`) });
        } else if (content.report.issues.length > 0) {
          logger.warn(`\n${REPORTERS.text(content.report)}`);
        }
      },
      'astro:server:setup': ({ server, refreshContent, logger }) => {
        watchContent(state, server, logger, refreshContent, options.repository);
      },
      'astro:build:done': async ({ dir, logger }) => {
        await build?.finish(fileURLToPath(dir), logger);
      },
    },
  };
}

/**
 * Whether a page belongs in the sitemap (for @astrojs/sitemap's `filter`): every page but the
 * old addresses of merged competencies, which only send the reader on.
 */
export function listedInSitemap(page: string): boolean {
  const { content, address } = sharedState();
  const moved = new Set(content.framework?.competencies.flatMap((c) => c.replaces) ?? []);
  const path = new URL(page).pathname.slice(address.base.length - 1);
  const match = /^\/competencies\/([^/]+)\/$/.exec(path);
  return !(match && moved.has(match[1]!));
}
