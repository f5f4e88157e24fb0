import { CORE_SCHEMA, load } from 'js-yaml';

// The YAML the quick reader takes: each line blank, `key:`, `key: value` or `- value`, list
// items holding `key: value` too, where a key is a plain name and a value is `[]`, `{}`, a
// quoted string on one line without backslashes, or plain text on one line that starts with
// a letter, a digit or `(`, and has neither `: ` nor ` #` in it. No comments, block scalars,
// multi-line values, flow collections with items, anchors, aliases, tags or directives.
const KEY = String.raw`(?!(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)\s*:)[A-Za-z][A-Za-z0-9_-]{0,200}`;
const PLAIN = String.raw`[A-Za-z0-9(](?:[^:#\s]|:(?=\S)|#| (?!#))*`;
const QUOTED = String.raw`'(?:[^'\n]|'')*'|"[^"\\\n]*"`;
const VALUE = String.raw`(?:${PLAIN}|${QUOTED}|\[\]|\{\})`;
const SIMPLE_LINE = new RegExp(String.raw`^ *(?:(?:- +)*${KEY}:(?: +${VALUE})? *|(?:- +)+${VALUE} *)?$`);

/**
 * Within that, what the two readers are known to read differently: numbers written with a
 * base prefix, a leading `+` or `.`, or an exponent (`0b101`, `+0x1`, `-.5e3`, `1e400`), and
 * integers too long for a number; also anything an author's text can smuggle in (`&`, `*`,
 * `!`, `%`, `<<`, tabs, carriage returns, `__proto__`).
 */
const KNOWN_DIFFERENCES =
  /[&*!%\t\r]|<<|__proto__|(?:^|[\s,[{:-])[+-]?(?:0[bBoOxX]|\.\d|\d[\d.]*[eE])|\d{300}/m;

/**
 * The data of frontmatter YAML, read quickly, or undefined when it has to be read in full
 * (parseYaml in parse-entry.ts): only YAML of the simple shape above, without the known
 * differences, and only when js-yaml reads it without an error using the YAML 1.2 core
 * schema, the schema the yaml package reads with. Then both give the same data and the full
 * reading finds no problem (tests/validation/quick-yaml.test.ts checks this on every content
 * file and on inputs chosen to break it). js-yaml keeps no positions and is about six times
 * as fast; reading YAML in full was most of the time a large framework took to check.
 */
export function quickYamlData(text: string): unknown {
  if (KNOWN_DIFFERENCES.test(text) || !text.split('\n').every((line) => SIMPLE_LINE.test(line)))
    return undefined;
  try {
    return load(text, { schema: CORE_SCHEMA }) ?? {};
  } catch {
    return undefined;
  }
}
