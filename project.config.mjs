// Deployment settings, read by astro.config.mjs and by the exports and PDFs.
// Override them with environment variables when you publish your own copy.

/** Where the site is published; used for canonical URLs, the sitemap, PDFs and CASE URIs. */
export const SITE_URL = siteUrl(process.env.SITE_URL ?? 'http://localhost:4321');

/** The repository that holds `content/`; used for "Edit this page" links. */
export const REPOSITORY_URL =
  process.env.REPOSITORY_URL ?? 'https://github.com/ai-confidence-framework/framework';

/** Links are written from the site root, so the site cannot live under a sub-path. */
function siteUrl(value) {
  const url = new URL(value);
  if (url.pathname !== '/') {
    throw new Error(
      `SITE_URL must be the root of a host (got ${value}): this site links from the root, so it cannot be served from the sub-path ${url.pathname}. Use a custom domain or a user/organisation Pages site.`,
    );
  }
  return url.origin;
}
