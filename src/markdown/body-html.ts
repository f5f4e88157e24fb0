import type { Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { withBase } from '../framework/site-address.ts';
import { BoundedMemo } from './bounded-memo.ts';
import { parseMarkdown } from './parse.ts';

const toHtml = unified().use(remarkRehype).use(rehypeStringify);

// Every syllabus page shows the same delivery guides: each is converted once per build, not
// once per page.
const converted = new BoundedMemo<string>(256);

/**
 * A content body as HTML, with its headings moved `headingOffset` levels down so that it can
 * sit inside another page's outline (the same tree, and the same offset, the PDF uses), and
 * its site links (`/levels/`) under the site's `base` path. MDX expressions and imports are
 * dropped; raw HTML is left out (as in the PDF). The same input always gives the same HTML,
 * which is remembered.
 */
export function bodyHtml(source: string, headingOffset: number, base = '/'): string {
  return converted.get(`${headingOffset}\n${base}\n${source}`, () => convert(source, headingOffset, base));
}

function convert(source: string, headingOffset: number, base: string): string {
  const tree: Root = parseMarkdown(source);
  visit(tree, (node, index, parent) => {
    if (node.type === 'heading') node.depth = Math.min(6, node.depth + headingOffset) as typeof node.depth;
    if (node.type === 'link' || node.type === 'definition') node.url = withBase(base, node.url);
    if (parent && index !== undefined && /^mdx(jsEsm|FlowExpression|TextExpression)$/.test(node.type)) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    return undefined;
  });
  return toHtml.stringify(toHtml.runSync(tree));
}
