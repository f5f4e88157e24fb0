/**
 * An absolute address under the site: `path` (no leading slash) resolved against the site
 * URL, which may include a base path such as `https://example.github.io/framework`.
 */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
}
