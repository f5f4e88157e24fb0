/**
 * Where the site is published. Read once, from SITE_URL, in astro.config.mjs (which gives it
 * to Astro as `site` and `base`); the integration passes Astro's settings on to pages, PDFs
 * and exports, so the address is never worked out two ways.
 */
export interface SiteAddress {
  /**
   * The absolute address of the home page, ending in `/` (for example
   * `https://owner.github.io/repo/`), or undefined when the build was not told where the site
   * will live: then nothing published names a web address.
   */
  site: string | undefined;
  /** The path the site is served under, starting and ending in `/`: `/`, or `/repo/` for a project site. */
  base: string;
}

/** SITE_URL was given but cannot be the address of a site. */
export class SiteUrlError extends Error {
  constructor(value: string, why: string) {
    super(
      `SITE_URL=${value} ${why}. Give the full address of the home page, for example https://example.org/ or, for a GitHub project site, https://owner.github.io/repo/.`,
    );
    this.name = 'SiteUrlError';
  }
}

/**
 * The address from SITE_URL: its origin and path (the path becomes Astro's `base`, so the
 * site works when served under it). No SITE_URL (or an empty one) means an unknown address.
 */
export function parseSiteUrl(value: string | undefined): SiteAddress {
  if (value === undefined || value.trim() === '') return { site: undefined, base: '/' };
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new SiteUrlError(value, 'is not a web address');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new SiteUrlError(value, 'must start with https:// (or http://)');
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new SiteUrlError(value, 'must not have a query (?), a fragment (#) or a user name');
  }
  const base = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return { site: `${url.origin}${base}`, base };
}

/** The address Astro was configured with (its `site` and `base` settings). */
export function addressOf(config: { site?: string | undefined; base: string }): SiteAddress {
  const base = `/${config.base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  if (!config.site) return { site: undefined, base };
  const origin = new URL(config.site).origin;
  return { site: `${origin}${base}`, base };
}

/** A site path (`/competencies/x/`) as a link from the site's own pages: under the base path. */
export function withBase(base: string, path: string): string {
  return path.startsWith('/') && !path.startsWith('//') ? `${base}${path.slice(1)}` : path;
}

/**
 * A site path as a full address, for documents read away from the site (PDFs, exports), or
 * undefined when the site's address is unknown.
 */
export function absoluteUrl(address: SiteAddress, path: string): string | undefined {
  return address.site === undefined ? undefined : new URL(path.replace(/^\//, ''), address.site).href;
}

/** A site path as a full address when the site's is known, else as a link from the site's own pages. */
export function pageAddress(address: SiteAddress, path: string): string {
  return absoluteUrl(address, path) ?? withBase(address.base, path);
}
