import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

// The syntax content bodies are checked with: MDX plus GitHub-flavoured Markdown (tables,
// strikethrough, footnotes, autolinks). The check refuses what MDX adds beyond Markdown
// (imports, expressions, unsafe elements), so what remains is Markdown.
const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);

/** A content body as an mdast tree. Throws on invalid MDX (`npm run check` reports it first). */
export function parseMarkdown(source: string): Root {
  return parser.runSync(parser.parse(source)) as Root;
}
