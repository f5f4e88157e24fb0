import { issueAt } from '../validation/issue.ts';
import type { ContentFile } from '../validation/content-file.ts';
import type { Issue } from '../validation/issue.ts';
import type { BrokenLink } from './check-links.ts';

/**
 * Turns broken links into issues an author can act on (`base` is the path the site is served
 * under): where the href is written in a
 * content file, the issue points at that file and line; otherwise (a link made by a page
 * template, often on many pages) one issue per href names the first page it is on.
 */
export function linkIssues(
  broken: readonly BrokenLink[],
  content: readonly ContentFile[],
  base = '/',
): Issue[] {
  const byHref = Map.groupBy(broken, (link) => `${link.reason} ${link.href}`);
  return [...byHref.values()].flatMap((links) => {
    const { href, reason } = links[0]!;
    const code = reason === 'missing-page' ? 'broken-link' : 'broken-anchor';
    const pages = links.map((link) => link.page);
    const where = pages.length === 1 ? `on ${pages[0]}` : `on ${pages.length} pages, such as ${pages[0]}`;
    const message =
      reason === 'missing-page'
        ? `The link ${href} (${where}) leads to no page.`
        : `The link ${href} (${where}) leads to a heading that is not on that page.`;
    // Authors write site links from the root; the built page has them under the base path.
    const fromRoot = (path: string) =>
      base !== '/' && path.startsWith(base) ? `/${path.slice(base.length)}` : path;
    const places = placesOf(`](${fromRoot(href)}`, content);
    return places.length > 0
      ? places.map((place) => issueAt(code, place, message))
      : [issueAt(code, { file: `dist${fromRoot(pages[0]!)}`, line: 1, column: 1 }, message)];
  });
}

/** Where a Markdown link to the href is written in the content files. */
function placesOf(needle: string, content: readonly ContentFile[]) {
  return content.flatMap((file) =>
    (file.text ?? '').split('\n').flatMap((line, index) => {
      const column = line.indexOf(needle);
      return column < 0 ? [] : [{ file: file.path, line: index + 1, column: column + 3 }];
    }),
  );
}
