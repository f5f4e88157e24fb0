// Links from the site's pages: the routes (src/framework/routes.ts) under the path the site is
// served at (Astro's \`base\`, from SITE_URL), so that every link works under a sub-path too.
import { routes } from '../framework/routes.ts';
import { withBase } from '../framework/site-address.ts';

/** The path the site is served under, starting and ending in \`/\`. */
export const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** A site path (\`/levels/\`, as authors write it) as a link from the site's pages. */
export function link(path: string): string {
  return withBase(BASE, path);
}

type Routes = typeof routes;

/** Every route as a link from the site's pages: \`urls.competency(id)\` is \`/repo/competencies/<id>/\`. */
export const urls = Object.fromEntries(
  Object.entries(routes).map(([name, route]) => [
    name,
    (...args: unknown[]) => link((route as (...a: unknown[]) => string)(...args)),
  ]),
) as unknown as Routes;
