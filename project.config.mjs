// Deployment settings, read by astro.config.mjs. Override them with environment variables
// when you publish your own copy (see README.md, "Publish your own copy").

/**
 * The full address of the site's home page, such as https://example.org/ or, for a GitHub
 * project site, https://owner.github.io/repo/ (the site then works under /repo/). Without it
 * the site still builds, and nothing published names a web address.
 */
export const SITE_URL = process.env.SITE_URL;

/** The repository that holds `content/`; used for "Edit this page" links. */
export const REPOSITORY_URL =
  process.env.REPOSITORY_URL ?? 'https://github.com/ai-confidence-framework/framework';
