/**
 * Text made safe for GitHub Markdown: characters that would start emphasis, code, links,
 * tables or HTML are escaped, and line breaks become spaces, so content is shown as written.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*\r?\n\s*/g, ' ')
    .replace(/[\\`*_[\]|~]/g, (char) => `\\${char}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;');
}

/** Documentation text (which may use `code` on purpose) made safe for one table cell. */
export function tableCell(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ').replace(/\|/g, '\\|');
}
