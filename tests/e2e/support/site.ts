import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The built site the browser tests run against. */
export const DIST = fileURLToPath(new URL('../../../dist/', import.meta.url));

/** Every page path in the built sitemap, plus the 404 page, without the pages that only redirect. */
export function sitePaths(): string[] {
  if (!existsSync(`${DIST}sitemap-0.xml`))
    throw new Error('No built site in dist/: run `npm run build` first.');
  const xml = readFileSync(`${DIST}sitemap-0.xml`, 'utf8');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return [...paths.filter((path) => !redirects(path)), '/404.html'];
}

/** Whether the built page at `path` only sends the reader on (the old address of a merged competency). */
export function redirects(path: string): boolean {
  const file = `${DIST}${path.replace(/^\//, '')}${path.endsWith('/') ? 'index.html' : ''}`;
  return existsSync(file) && /<meta http-equiv="refresh"/.test(readFileSync(file, 'utf8'));
}
