import type { Yaml } from 'mdast';

/**
 * The opening `---` line, the YAML lines and the closing `---` line at the start of a file,
 * as the Markdown parser's frontmatter extension reads them: each fence is exactly three
 * dashes at the start of a line, then optional spaces or tabs; the first closing fence ends
 * the block. Groups: the YAML (with the line ending before the closing fence), the closing fence.
 */
const FRONTMATTER_BLOCK = /^---[ \t]*\r?\n((?:[^\n]*\n)*?)(---[ \t]*)(?=\r?\n|$)/;

/**
 * What MDX treats as more than Markdown, and what the body checks look for: elements and
 * autolinks (`<`), expressions (`{`, `}`), `import` or `export` lines, character references
 * (`&#...;` or `&name;`, which can spell out a script URL), and links or link definitions whose
 * target is a script or data URL (javascript:, vbscript:, data:). An ampersand in text ("R&D")
 * or the words "data:" in a sentence are none of these.
 */
const MORE_THAN_MARKDOWN =
  /[<{}]|&(?:#|[a-z][a-z0-9]*;)|(?:\]\(|^[ \t]*\[[^\]\n]*\]:)\s*<?\s*(?:javascript|vbscript|data)\s*:|^[ \t]*(?:import|export)\b/im;

/**
 * The frontmatter node of `source` (without a byte-order mark), as the MDX parser would make
 * it, when the body after it is plain Markdown. Then parsing the body cannot fail and its
 * syntax tree holds nothing the body checks look for (elements, expressions, ESM, script
 * URLs), so the checker does not parse it, which would be most of what checking a large
 * framework costs. Undefined otherwise, or for a carriage return without a line feed (a line ending
 * this pattern does not follow); then the checker parses the whole file.
 */
export function plainBodyFrontmatter(source: string): Yaml | undefined {
  const match = FRONTMATTER_BLOCK.exec(source);
  if (!match || /\r(?!\n)/.test(source)) return undefined;
  const [block, lines, closing] = match as unknown as [string, string, string];
  if (MORE_THAN_MARKDOWN.test(source.slice(block.length))) return undefined;
  const line = block.split('\n').length;
  return {
    type: 'yaml',
    value: lines.replace(/\r?\n$/, ''),
    position: {
      start: { line: 1, column: 1, offset: 0 },
      end: { line, column: closing.length + 1, offset: block.length },
    },
  };
}
