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
});
