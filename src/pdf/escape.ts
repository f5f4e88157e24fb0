// Typst markup treats many ASCII characters as syntax: `#` starts code, `$` math, `*` and
// `_` strong and emphasis, `@` a reference, `<...>` a label, `[ ]` content, `\` an escape,
// `` ` `` raw text, `~` a non-breaking space, `=`, `-`, `+` and `/` headings and lists at the
// start of a line, `--` and `...` dashes and ellipses, `-1` a minus sign, `//` a comment,
// `http://` a link, and quotes become curly. A backslash before any of them gives the
// character itself, so escaping them all keeps text exactly as authored.
const SPECIAL = /[\\#$*_@<>[\]`~=\-+/'".]/g;

/**
 * Text as Typst markup that renders as exactly that text. Runs of whitespace (including
 * line breaks) become one space, as in HTML, so no text ever starts a line of markup.
 */
export function escapeText(text: string): string {
  const collapsed = text.replace(/\s+/g, ' ');
  return collapsed === '' ? '' : `#${typstString(collapsed)};`;
}

/** Text as a Typst string literal, for example `"a \"b\""`, for code arguments. */
export function typstString(text: string): string {
  return `"${text
    .replace(/[\\"]/g, (char) => `\\${char}`)
    .replace(/\r?\n/g, '\\n')
    .replace(/\t/g, '\\t')}"`;
}

/** Text as a Typst content block, `[...]`, for function arguments. */
export function content(text: string): string {
  return `[${escapeText(text)}]`;
}
