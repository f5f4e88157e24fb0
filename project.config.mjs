// Deployment settings, read by astro.config.mjs and by the exports and PDFs.
// Override them with environment variables when you publish your own copy.

/** Where the site is published; used for canonical URLs, the sitemap, PDFs and CASE URIs. */
export const SITE_URL = process.env.SITE_URL ?? 'http://localhost:4321';

/** The repository that holds `content/`; used for "Edit this page" links. */
export const REPOSITORY_URL = process.env.REPOSITORY_URL ?? 'https://github.com/ai-confidence-framework/framework';
