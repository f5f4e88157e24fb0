import { CORE_SCHEMA, load } from 'js-yaml';

/**
 * YAML that the quick reader might read differently from the yaml package, or that the
 * checker has something to say about: anchors and aliases (`&`, `*`), tags (`!`), directives
 * (`%`), merge keys (`<<`), complex or flow keys (a line starting with `?`, `[` or `{`, or a
 * collection inside a flow collection), tabs, carriage returns, `__proto__`, numbers the two
 * read differently (`0b101`, `+0x1`, `-.5e3`, `1e400`) and lines too long for a key.
 */
const NEEDS_FULL_READ =
  /[&*!%\t\r]|<<|__proto__|^[ \t]*[?[{]|[[{,][ \t]*[[{]|(?:^|[\s,[{:-])[+-]?(?:0[bBoOxX]|\.\d|\d[\d.]*[eE])|^[^\n]{1000,}/m;

/**
 * The data of frontmatter YAML, read quickly, or undefined when it has to be read in full
 * (parseYaml in parse-entry.ts). Only YAML without any of the features above, and only when
 * js-yaml reads it without an error using the YAML 1.2 core schema, the schema the yaml
 * package reads with: then both give the same data, and the full reading would find no
 * problem (tests/validation/quick-yaml.test.ts checks both on every content file and on
 * tricky cases). js-yaml keeps no positions and is about six times as fast; reading YAML in
 * full was most of the time a large framework took to check.
 */
export function quickYamlData(text: string): unknown {
  if (NEEDS_FULL_READ.test(text)) return undefined;
  try {
    return load(text, { schema: CORE_SCHEMA }) ?? {};
  } catch {
    return undefined;
  }
}
