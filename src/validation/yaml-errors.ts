/** A YAML syntax error as an author can act on it: what is wrong, in plain words, and what to do. */
export interface PlainYamlError {
  message: string;
  hint: string;
}

/**
 * The yaml package's error codes in an author's words. Its own messages ("Nested mappings are
 * not allowed in compact mappings") describe the parser, not the mistake.
 */
const PLAIN: Record<string, (reason: string) => PlainYamlError> = {
  BLOCK_AS_IMPLICIT_KEY: () => ({
    message:
      'This value contains a colon followed by a space, which YAML reads as the start of another field',
    hint: 'Put the whole value in double quotes, for example: title: "AI: an introduction".',
  }),
  MULTILINE_IMPLICIT_KEY: () => ({
    message: 'A field name runs onto the next line, or a line is missing the colon after its field name',
    hint: 'Write each field as `name: value` on one line; to write a long value over several lines, put it in double quotes.',
  }),
  TAB_AS_INDENT: () => ({
    message: 'This line is indented with a tab',
    hint: 'Indent with spaces only, two for each level, as in the lines around it (in VS Code, "Convert Indentation to Spaces").',
  }),
  BAD_INDENT: () => ({
    message: 'This line is not indented like the lines it belongs with',
    hint: 'Line it up with the other fields of its group (same number of spaces), or indent a list item two spaces under its field.',
  }),
  MISSING_CHAR: (reason) => ({
    message: `A quote or bracket is opened but not closed (${reason.toLowerCase()})`,
    hint: 'Close it on the same line: every " needs a matching " and every [ a matching ].',
  }),
  BAD_SCALAR_START: (reason) => ({
    message: `This value starts with a character YAML keeps for itself (${reason.replace(/^.*character /, '')})`,
    hint: 'Put the whole value in double quotes.',
  }),
  DUPLICATE_KEY: () => ({
    message: 'This field is written twice',
    hint: 'Keep one of the two lines, the one with the value you mean.',
  }),
  UNEXPECTED_TOKEN: () => ({
    message: 'Something here cannot be read as a field or a value',
    hint: 'Each line should be `name: value`, `name:` with an indented group below it, or `- item` in a list.',
  }),
};

/** The author's version of a yaml package error (its `code` and first line), or its own words if unknown. */
export function plainYamlError(code: string, reason: string): PlainYamlError {
  const plain = PLAIN[code];
  if (plain) return plain(reason);
  return {
    message: reason,
    hint: 'Check the indentation (spaces, not tabs), the colon after each field name, and quotes around text that contains ": " or starts with a special character.',
  };
}
