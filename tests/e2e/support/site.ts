import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSiteUrl, type SiteAddress } from '../../../src/framework/site-address.ts';

/** The built site the browser tests run against (`npm run build`'s output, or BUILT_SITE). */
export const DIST = process.env['BUILT_SITE']
  ? `${process.env['BUILT_SITE'].replace(/\/?$/, '/')}`
  : fileURLToPath(new URL('../../../dist/', import.meta.url));

/** Where the built site says it is published: its home page's canonical address, if it has one. */
export function builtAddress(dist = DIST): SiteAddress {
  const home = readFileSync(`${dist}index.html`, 'utf8');
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(home)?.[1];
  return parseSiteUrl(canonical);
}

/**
 * Every page of the built site as a path from the site's root (`/archetypes/`), plus the
 * 404 page, without the pages that only redirect.
 */
export function sitePaths(dist = DIST): string[] {
  if (!existsSync(`${dist}index.html`))
    throw new Error(`No built site in ${dist}: run \`npm run build\` first.`);
  const paths = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(`${sep}index.html`) || file === 'index.html')
    .map(
      (file) =>
        `/${relative('.', file)
          .split(sep)
          .join('/')
          .replace(/index\.html$/, '')}`,
    )
    .sort();
  return [...paths.filter((path) => !redirects(path, dist)), '/404.html'];
}

/** Whether the built page at `path` only sends the reader on (the old address of a merged competency). */
export function redirects(path: string, dist = DIST): boolean {
  const file = join(dist, path.replace(/^\//, ''), path.endsWith('/') ? 'index.html' : '');
  return existsSync(file) && /<meta http-equiv="refresh"/.test(readFileSync(file, 'utf8'));
}
