import { describe, expect, it } from 'vitest';
import { scaleContent } from '../../src/bench/scale/synthetic-content.ts';
import { parseYaml, readYamlFully } from '../../src/validation/parse-entry.ts';
import { quickYamlData } from '../../src/validation/quick-yaml.ts';
import { readContent } from '../../src/validation/read-content.ts';

const CONTENT = readContent(new URL('../../', import.meta.url).pathname).map((file) => ({
  path: file.path,
  text: file.text!,
}));

/** The YAML of each file: its frontmatter, or the whole of framework.yaml. */
const YAML_TEXTS = scaleContent(CONTENT, 2).map((file) =>
  file.path.endsWith('.yaml') ? file.text : /^---\r?\n([\s\S]*?)\r?\n---/.exec(file.text)![1]!,
);

/** YAML that readers are known to disagree on, or that the checker reports on. */
const TRICKY = [
  ...[
    '0b101',
    '+.5',
    '+0x1',
    '-0o7',
    '-.5e+3',
    '1e400',
    '1_000',
    '0o17',
    '0x1F',
    '1e3',
    '.inf',
    '-.Inf',
    '.NaN',
  ],
  ...[
    '~',
    'null',
    'True',
    'yes',
    'on',
    '2026-11-26',
    '2026-11-26T10:00:00Z',
    '12:30',
    "'it''s'",
    '"\\u263A"',
  ],
  ...[
    '|\n  keep\n\n  para\n',
    '>\n  f1\n  f2\n',
    '[a, b]',
    '{}',
    '[a, {b: c}]',
    'x # c',
    'x# y',
    '9007199254740993',
  ],
].map((value) => `k: ${value}`);
/** YAML the quick reading must leave to the full one: the readers disagree on it, or the checker reports it. */
const MUST_READ_FULLY = [
  ...['k: 0b101', 'k: +0x1', 'k: -.5e+3', 'k: 1e400', `k: ${'9'.repeat(310)}`, 'k: -0'],
  ...[
    `${'k'.repeat(1100)}: v`,
    'a: &x 1\nb: *x',
    'a: !!str 1',
    'a: 1\na: 2',
    '__proto__: 1',
    '"\\x5f_proto__": 1',
  ],
  ...['? [a, b]\n: c', '[a]: b', '- [a]: b', 'a:\n\t- x', 'a: b: c', 'null: c', '---a: 1'],
  ...['description: "long text\ncontinued"', 'a: [b,\nc]', 'k: "x"#c'],
];

/** Simple YAML the quick reading must take. */
const SIMPLE = ['a: b\nc:\n  - d\n  - e: f\n    g: h', "title: Users' needs", 'title: A (B) [C] {D}, E'];

/** More YAML to compare the readings on: either reading it may take (most found by trying to break it). */
const TRICKY_DOCUMENTS = [
  '{a: 1}: b',
  'a: x\r\nb: y',
  '%YAML 1.2\n---\na: 1',
  'a: x\n...\n',
  'a:\n  - x\n  -\n    z: 1\n',
  'a: "unterminated',
  '<<: {a: 1}',
  '',
  '# only a comment',
  "d: 'x\ny'",
  '- "x\ny"',
  'a:\n  b: "x\n  y"',
  'a: {b: 1,\nc: 2}',
  '- [b,\nc]',
  'a:\n  - b: [\n      c\n  ]',
  "k: 'x'#c",
  'k: [b]#c',
  '~: d',
  'Null: x',
  'NULL:',
  ': x',
  '{~: a}',
  '{: b}',
  'x:\n  - {a: 1}: c',
  '- - [a]: b',
  'a: {? [x]: 1}',
  '[? [x] : 1]',
  '"_\\u005fproto__": 1',
  'a: "\\UFFFFFFFF"',
  'a: "\\U00110000"',
  'a: "x\\\n\n  y"',
  '--- a: 1',
  'title: x:y',
  'title: C# basics',
  "title: 'quoted: with '' inside'",
  'k: 1.0\nl: 012\nm: True\nn: null\no: yes\np: 2026-11-26',
  'title: ends with a colon:',
];

describe('reading YAML quickly', () => {
  it('gives the same data as reading it in full, which finds no problem, wherever it is used', () => {
    let quick = 0;
    for (const text of [...YAML_TEXTS, ...TRICKY, ...TRICKY_DOCUMENTS, ...MUST_READ_FULLY, ...SIMPLE]) {
      const data = quickYamlData(text);
      if (data === undefined) continue;
      quick++;
      const full = readYamlFully('f.yaml', text);
      expect(full.issues, text).toEqual([]);
      expect(data, text).toStrictEqual(full.data);
    }
    // It is used for most files, or it would not be worth having.
    expect(quick).toBeGreaterThan(YAML_TEXTS.length * 0.8);
  });

  it('leaves to the full reading what the readers disagree on or the checker reports', () => {
    for (const text of MUST_READ_FULLY) expect(quickYamlData(text), text).toBeUndefined();
  });

  it('takes simple YAML', () => {
    for (const text of SIMPLE) expect(quickYamlData(text), text).toBeDefined();
  });

  it('finds places by reading the text again in full', () => {
    const text = YAML_TEXTS.find((t) => t.startsWith('id:') && quickYamlData(t) !== undefined)!;
    const quick = parseYaml('content/x.mdx', text, 2);
    const full = readYamlFully('content/x.mdx', text, 2);
    expect(quick.data).toStrictEqual(full.data);
    for (const path of [['title'], ['outcomes', 1], ['no-such-field']])
      expect(quick.locate(path), String(path)).toEqual(full.locate(path));
    expect(quick.locate(['title'], { key: true })).toEqual(full.locate(['title'], { key: true }));
  });
});
