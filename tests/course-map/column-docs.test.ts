import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COLUMN_DOCS, COLUMNS, REQUIRED_COLUMNS } from '../../src/course-map/index.ts';

describe('COLUMN_DOCS', () => {
  it('describes every column, in order, required as the reader requires it', () => {
    expect(COLUMN_DOCS.map((d) => d.column)).toEqual([...COLUMNS]);
    expect(COLUMN_DOCS.filter((d) => d.required).map((d) => d.column)).toEqual([...REQUIRED_COLUMNS]);
  });

  it('is what the README table says, word for word', () => {
    const readme = readFileSync(new URL('../../src/course-map/README.md', import.meta.url), 'utf8');
    for (const { column, required, description } of COLUMN_DOCS) {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${column}\``));
      const cells = row?.split('|').map((cell) => cell.trim());
      expect(cells?.slice(2, 4), column).toEqual([required ? 'yes' : 'no', description]);
    }
  });
});
