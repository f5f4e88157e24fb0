// Typst markup treats many characters as syntax: `#` starts code, `$` math, `*` and `_`
// strong and emphasis, `@` a reference, `<...>` a label, `[ ]` content, `\` an escape, `` ` ``
// raw text, `~` a non-breaking space, `=`, `-`, `+` and `/` headings and lists at the start of
// a line, `--` and `...` dashes and ellipses, `-1` a minus sign, `//` a comment, `http://` a
// link, and straight quotes become curly. Rather than backslash every one of them, text goes
// in as a string literal (`#"..."`), which Typst shows exactly as written: only `\` and `"`
// need escaping there. It is also faster to lay out: one text element, not one per escape.

/**
 * Text as Typst markup that renders as exactly that text. Runs of whitespace (including
 * line breaks) become one space, as in HTML.
 */
export function escapeText(text: string): string {
  const collapsed = text.replace(/\s+/g, ' ');
  // The semicolon ends the embedded expression, so what follows can never continue it.
  return collapsed === '' ? '' : `#${typstString(collapsed)};`;
}

/** Text as a Typst string literal, for example `"a \"b\""`, for code arguments. */
export function typstString(text: string): string {
  const escaped = text.replace(/[\\"]/g, (char) => `\\${char}`);
  return `"${escaped.replace(/\r?\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')}"`;
}
