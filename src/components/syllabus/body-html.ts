import type { Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { BoundedMemo } from '../../pdf/bounded-memo.ts';
import { parseMarkdown } from '../../pdf/index.ts';

const toHtml = unified().use(remarkRehype).use(rehypeStringify);

// Every syllabus page shows the same delivery guides: each is converted once per build, not
// once per page (converting them was about 0.4 s of a build of the real framework).
const converted = new BoundedMemo<string>(256);

/**
 * An MDX body as HTML, with its headings moved `headingOffset` levels down so that it can
 * sit inside another page's outline: the same tree, and the same offset, the PDF uses.
 * MDX expressions and imports are dropped; raw HTML is left out (as in the PDF). The same
 * source and offset always give the same HTML, which is remembered.
 */
export function bodyHtml(source: string, headingOffset: number): string {
  return converted.get(`${headingOffset}\n${source}`, () => convert(source, headingOffset));
}

function convert(source: string, headingOffset: number): string {
  const tree: Root = parseMarkdown(source);
  visit(tree, (node, index, parent) => {
    if (node.type === 'heading') node.depth = Math.min(6, node.depth + headingOffset) as typeof node.depth;
    if (parent && index !== undefined && /^mdx(jsEsm|FlowExpression|TextExpression)$/.test(node.type)) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    return undefined;
  });
  return toHtml.stringify(toHtml.runSync(tree));
}
