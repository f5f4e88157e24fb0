// Small builders for Typst markup. Arguments named `text` are plain text and get escaped;
// arguments named `markup` are Typst markup already (from these builders or escapeText).
import { escapeText, typstString } from './escape.ts';

/** A heading; level 1 starts a new page and appears in the contents, deeper ones only in bookmarks. */
export function heading(level: number, text: string): string {
  const outline = level === 1 ? '' : ', outlined: false, bookmarked: true';
  return `#heading(level: ${level}${outline})[${escapeText(text)}]`;
}

/** A bullet list of items given as markup. */
export function bullets(items: readonly string[]): string {
  return items.length === 0 ? '' : `#list(tight: true, ${items.map((item) => `[${item}]`).join(', ')})`;
}

/** A numbered list of items given as markup. */
export function numbered(items: readonly string[]): string {
  return items.length === 0 ? '' : `#enum(tight: true, ${items.map((item) => `[${item}]`).join(', ')})`;
}

/** Bold markup. */
export function strong(markup: string): string {
  return `#strong[${markup}];`;
}

/** A label in bold followed by plain text: "*Level:* Expert". */
export function field(label: string, text: string): string {
  return `${strong(escapeText(`${label}:`))} ${escapeText(text)}`;
}

/** A web address shown as itself and linked, breaking across lines where needed. */
export function url(address: string): string {
  return `#link(${typstString(address)});`;
}

/** Markup blocks as paragraphs, skipping empty ones. */
export function paragraphs(blocks: readonly string[]): string {
  return blocks.filter((block) => block.trim() !== '').join('\n\n');
}
