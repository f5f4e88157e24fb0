import type { Definition, FootnoteDefinition, Nodes, Root, Table } from 'mdast';
import { escapeText, typstString } from './escape.ts';
import { listItem } from './markup.ts';

/** How a Markdown body is placed in a Typst document. */
export interface ConvertOptions {
  /** Added to every heading depth, so that a body's `##` sits below the heading that includes it. */
  headingOffset?: number;
  /** Address that site-relative links such as `/competencies/x/` resolve against. */
  baseUrl?: string | undefined;
}

interface Context {
  offset: number;
  baseUrl: string | undefined;
  definitions: Map<string, Definition>;
  footnotes: Map<string, FootnoteDefinition>;
}

/**
 * A Markdown (mdast) tree as Typst markup. All text is escaped, so nothing an author writes
 * can become Typst code; markup is produced with function calls (`#strong[...]`), never with
 * delimiters that depend on what surrounds them. Raw HTML and MDX expressions are left out;
 * MDX elements keep their children.
 */
export function mdastToTypst(tree: Root, options: ConvertOptions = {}): string {
  const context: Context = {
    offset: options.headingOffset ?? 0,
    baseUrl: options.baseUrl,
    definitions: new Map(),
    footnotes: new Map(),
  };
  collect(tree, context);
  return blocks(tree.children, context);
}

function blocks(nodes: readonly Nodes[], context: Context): string {
  return nodes
    .map((node) => block(node, context))
    .filter((markup) => markup.trim() !== '')
    .join('\n\n');
}

function block(node: Nodes, context: Context): string {
  switch (node.type) {
    case 'paragraph':
      return inlines(node.children, context);
    case 'heading': {
      const level = Math.min(6, node.depth + context.offset);
      return `#heading(level: ${level}, outlined: false)[${inlines(node.children, context)}]`;
    }
    case 'list': {
      const start = node.ordered && node.start != null && node.start !== 1 ? `start: ${node.start}, ` : '';
      // A tight item of one paragraph is inline markup, which lays out faster as listItem does it.
      const items = node.children.map((item) => {
        const [only, ...rest] = item.children;
        return !node.spread && only?.type === 'paragraph' && rest.length === 0
          ? listItem(inlines(only.children, context))
          : `[${blocks(item.children, context)}]`;
      });
      return `#${node.ordered ? 'enum' : 'list'}(${start}tight: ${!node.spread}, ${items.join(', ')})`;
    }
    case 'blockquote':
      return `#quote(block: true)[${blocks(node.children, context)}]`;
    case 'code':
      return `#raw(block: true, ${typstString(node.value)})`;
    case 'thematicBreak':
      return '#line(length: 100%, stroke: 0.5pt + luma(120))';
    case 'table':
      return table(node, context);
    case 'html':
    case 'definition':
    case 'footnoteDefinition':
    case 'yaml':
      return '';
    default: {
      // MDX elements keep their children, whether paragraphs or a line of text.
      if (!('children' in node)) return inline(node, context);
      const children: readonly Nodes[] = node.children;
      return children.some((child) => BLOCKS.has(child.type))
        ? blocks(children, context)
        : inline(node, context);
    }
  }
}

function inlines(nodes: readonly Nodes[], context: Context): string {
  return nodes.map((node) => inline(node, context)).join('');
}

function inline(node: Nodes, context: Context): string {
  switch (node.type) {
    case 'text':
      return escapeText(node.value);
    case 'emphasis':
      return `#emph[${inlines(node.children, context)}];`;
    case 'strong':
      return `#strong[${inlines(node.children, context)}];`;
    case 'delete':
      return `#strike[${inlines(node.children, context)}];`;
    case 'inlineCode':
      return `#raw(${typstString(node.value)});`;
    case 'break':
      return '#linebreak();';
    case 'link':
      return link(node.url, inlines(node.children, context), context);
    case 'linkReference': {
      const definition = context.definitions.get(node.identifier);
      const text = inlines(node.children, context);
      return definition ? link(definition.url, text, context) : text;
    }
    case 'image':
    case 'imageReference':
      return escapeText(node.alt ?? '');
    case 'footnoteReference': {
      const note = context.footnotes.get(node.identifier);
      return note ? `#footnote[${blocks(note.children, context)}];` : '';
    }
    case 'html':
      return '';
    default:
      // MDX elements keep their children; MDX expressions and ESM are code, not prose.
      return 'children' in node ? inlines(node.children, context) : '';
  }
}

function link(url: string, text: string, context: Context): string {
  if (url.startsWith('#')) return text;
  let href = url;
  try {
    href = new URL(url.startsWith('/') ? url.slice(1) : url, context.baseUrl).href;
  } catch {
    // Not a URL we can resolve: keep the text, drop the link.
    return text;
  }
  return `#link(${typstString(href)})[${text}];`;
}

function table(node: Table, context: Context): string {
  const [head, ...rows] = node.children;
  if (!head) return '';
  const cells = (row: typeof head) => row.children.map((cell) => `[${inlines(cell.children, context)}]`);
  const columns = Math.max(...node.children.map((row) => row.children.length));
  const body = rows.flatMap(cells);
  return `#table(columns: ${columns}, table.header(${cells(head).join(', ')}), ${body.join(', ')})`;
}

const BLOCKS = new Set([
  'paragraph',
  'heading',
  'list',
  'blockquote',
  'code',
  'thematicBreak',
  'table',
  'definition',
  'footnoteDefinition',
  'mdxJsxFlowElement',
  'mdxFlowExpression',
  'mdxjsEsm',
]);

function collect(node: Nodes, context: Context): void {
  if (node.type === 'definition') context.definitions.set(node.identifier, node);
  if (node.type === 'footnoteDefinition') context.footnotes.set(node.identifier, node);
  if ('children' in node) for (const child of node.children) collect(child, context);
}
