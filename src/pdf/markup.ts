// Small builders for Typst markup. Arguments named `text` are plain text and get escaped;
// arguments named `markup` are Typst markup already (from these builders or escapeText).
import { escapeText, typstString } from './escape.ts';
import type { SharedParts } from './shared-parts.ts';

/** A heading; level 1 starts a new page and appears in the contents, deeper ones only in bookmarks. */
export function heading(level: number, text: string): string {
  const outline = level === 1 ? '' : ', outlined: false, bookmarked: true';
  return `#heading(level: ${level}${outline})[${escapeText(text)}]`;
}

/**
 * A bullet list of items given as inline markup. With `parts`, each item's body is a shared
 * part (see shared-parts.ts), for items that read the same in other documents.
 */
export function bullets(items: readonly string[], parts?: SharedParts): string {
  return items.length === 0 ? '' : `#list(tight: true, ${items.map((i) => listItem(i, parts)).join(', ')})`;
}

/** A numbered list of items given as inline markup; `parts` as for {@link bullets}. */
export function numbered(items: readonly string[], parts?: SharedParts): string {
  return items.length === 0 ? '' : `#enum(tight: true, ${items.map((i) => listItem(i, parts)).join(', ')})`;
}

// Items up to this much markup (about three lines of text) are boxed; see listItem.
const BOXED_ITEM_MAX = 300;

/**
 * One list item's body from inline markup. Typst lays a list out as a grid whose body column
 * is sized to its content, so it lays each item out several times at slightly different
 * sizes (to measure the column, then the row, then to place it), each time from scratch. In
 * a full-width box the text is laid out once at the column's full width and then reused: the
 * same PDF, bytes and tags included, for a fifth less layout work in a syllabus (lists are
 * most of its layout). A box cannot break across pages, so long items stay unboxed and may
 * still split at a page end as before.
 */
export function listItem(markup: string, parts?: SharedParts): string {
  const body = markup.length <= BOXED_ITEM_MAX ? `#box(width: 100%)[${markup}]` : markup;
  return `[${parts ? parts.include(body) : body}]`;
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

/**
 * A table with a header row, from plain-text cells. The header row is marked as such, so a
 * screen reader announces each cell with its column.
 */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const cell = (text: string) => `[${escapeText(text)}]`;
  return `#table(columns: ${header.length}, table.header(${header.map(cell).join(', ')}), ${rows
    .flatMap((row) => row.map(cell))
    .join(', ')})`;
}
