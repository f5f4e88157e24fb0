import { describe, expect, it } from 'vitest';
import { parseEntry } from '../../src/validation/parse-entry.ts';

const FILE = 'content/levels/x.mdx';

describe('parseEntry', () => {
  it('reads frontmatter data and locates values and keys on their lines', () => {
    const entry = parseEntry(FILE, '---\nid: x\nlevels:\n  users: awareness\n---\n\nBody.\n');
    expect(entry.issues).toEqual([]);
    expect(entry.data).toEqual({ id: 'x', levels: { users: 'awareness' } });
    expect(entry.locate(['levels', 'users'])).toEqual({ file: FILE, line: 4, column: 10 });
    expect(entry.locate(['levels', 'users'], { key: true })).toEqual({ file: FILE, line: 4, column: 3 });
    expect(entry.locate(['missing'])).toEqual({ file: FILE, line: 2, column: 1 });
  });

  it('ignores a byte-order mark and reads CRLF line endings with the same lines', () => {
    const entry = parseEntry(FILE, '\uFEFF---\r\nid: x\r\nname: X\r\n---\r\n\r\nBody.\r\n');
    expect(entry.issues).toEqual([]);
    expect(entry.data).toEqual({ id: 'x', name: 'X' });
    expect(entry.locate(['name']).line).toBe(3);
  });

  it('keeps dates as YYYY-MM-DD text', () => {
    expect(parseEntry(FILE, '---\nlastReviewed: 2026-01-02\n---\n').data).toEqual({
      lastReviewed: '2026-01-02',
    });
  });

  it('still reads the frontmatter when the body is not valid MDX', () => {
    const entry = parseEntry(FILE, '---\nid: x\n---\n\n<div>\n');
    expect(entry.data).toEqual({ id: 'x' });
    expect(entry.body).toBeUndefined();
    expect(entry.issues.map((i) => [i.code, i.line])).toEqual([['mdx-syntax', 5]]);
  });

  it('reports every YAML problem without throwing', () => {
    const entry = parseEntry(FILE, '---\nid: x\nname: [unclosed\n---\n');
    expect(entry.data).toBeUndefined();
    expect(entry.issues[0]).toMatchObject({ code: 'yaml-syntax', file: FILE });
  });

  it('says that a frontmatter cut short is never closed, rather than missing', () => {
    const entry = parseEntry(FILE, '---\nid: x\nname: Half a fi');
    expect(entry.issues.map((i) => [i.code, i.line])).toEqual([['frontmatter-unclosed', 1]]);
  });

  it('refuses aliases that expand without bound ("billion laughs") without throwing', () => {
    const laughs = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++)
      laughs.push(
        `b${i}: &b${i} [${Array(10)
          .fill(i === 1 ? '*a' : `*b${i - 1}`)
          .join(', ')}]`,
      );
    const entry = parseEntry(FILE, `---\n${laughs.join('\n')}\n---\n`);
    expect(entry.data).toBeUndefined();
    expect(entry.issues[0]).toMatchObject({ code: 'yaml-syntax', message: /billion laughs/ });
  });

  it('refuses __proto__ and keys that are lists, at their place', () => {
    const entry = parseEntry(
      FILE,
      '---\nid: x\nlevels:\n  __proto__:\n    users: expert\n? [a, b]\n: c\n---\n',
    );
    expect(entry.data).toBeUndefined();
    expect(entry.issues.map((i) => [i.code, i.line, i.column])).toEqual([
      ['invalid-key', 4, 3],
      ['invalid-key', 6, 3],
    ]);
    expect(({} as Record<string, unknown>)['users']).toBeUndefined();
  });

  it('reports a YAML error repeated at every token once, in plain words', () => {
    const entry = parseEntry(FILE, `---\nhours: ${'['.repeat(5000)}${']'.repeat(5000)}\n---\n`);
    expect(entry.issues.map((i) => i.message)).toEqual([
      'Invalid YAML: values are nested too deeply to read.',
    ]);
  });
});
