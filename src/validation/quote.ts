/** The longest value a message quotes in full. */
const MAX_QUOTED = 80;

/**
 * A value in double quotes for a message, cut short when long (`"aaaa…" (200000 characters)`)
 * so that one pasted blob cannot flood the report.
 */
export function quote(text: string): string {
  const length = [...text].length;
  return length <= MAX_QUOTED ? `"${text}"` : `"${shorten(text)}" (${length} characters)`;
}

/** Text cut to its first 80 characters and an ellipsis when longer, for names and keys in messages. */
export function shorten(text: string): string {
  const chars = [...text];
  return chars.length <= MAX_QUOTED ? text : `${chars.slice(0, MAX_QUOTED).join('')}…`;
}

/**
 * Names (up to three of) the characters of `text` that are not plain ASCII, such as ones that would not be told apart by eye:
 * letters of other scripts that look Latin (Cyrillic "а"), invisible characters (a zero-width
 * space), unusual spaces. Undefined when there are none. For messages about ids and closed
 * values, where such a character is almost always the whole problem.
 */
export function characterNote(text: string): string | undefined {
  const found: string[] = [];
  let position = 0;
  for (const char of text) {
    position += 1;
    if (/[\x20-\x7e]/.test(char)) continue;
    found.push(`${describeCharacter(char)} at character ${position}`);
    if (found.length === 3) break;
  }
  return found.length ? found.join(', ') : undefined;
}

/** `"а" (U+0430, a Cyrillic letter)` or `an invisible character (U+200B)`. */
export function describeCharacter(char: string): string {
  const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  if (/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.test(char) || /\p{Default_Ignorable_Code_Point}/u.test(char)) {
    return `an invisible character (${code})`;
  }
  if (/\p{Zs}/u.test(char)) return `a special space (${code})`;
  const script = SCRIPTS.find(([pattern]) => pattern.test(char))?.[1];
  return `"${char}" (${code}${script ? `, ${script}` : ''})`;
}

const SCRIPTS: [RegExp, string][] = [
  [/\p{Script=Cyrillic}/u, 'a Cyrillic letter'],
  [/\p{Script=Greek}/u, 'a Greek letter'],
  [/\p{Script=Arabic}/u, 'an Arabic letter'],
  [/\p{Script=Hebrew}/u, 'a Hebrew letter'],
  [/\p{Script=Han}/u, 'a Chinese or Japanese character'],
  [/\p{Script=Latin}/u, 'a Latin letter with an accent or a special form'],
  [/\p{Extended_Pictographic}/u, 'an emoji'],
  [/\p{L}/u, 'a letter of another script'],
  [/\p{P}/u, 'a punctuation mark'],
];

/** A field's path as messages write it: `progression.awareness.outcomes[0]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((segment, i) => (typeof segment === 'number' ? `[${segment}]` : `${i ? '.' : ''}${String(segment)}`))
    .join('');
}
