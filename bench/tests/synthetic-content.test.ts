import { describe, expect, it } from 'vitest';
import { copyId, scaleContent, type TextFile } from '../synthetic-content.ts';
import { collectionOf } from '../../src/validation/check-file.ts';
import { checkContent } from '../../src/validation/index.ts';
import { readContent } from '../../src/validation/read-content.ts';
import { fixture, TODAY } from '../../tests/helpers.ts';

/** The real framework's content/ files, as text. */
const REAL: TextFile[] = readContent(new URL('../../', import.meta.url).pathname).map((file) => ({
  path: file.path,
  text: file.text!,
}));

const count = (files: readonly TextFile[], collection: string) =>
  files.filter((file) => collectionOf(file.path) === collection).length;

const check = (files: readonly TextFile[]) =>
  checkContent(
    files.map((file) => ({ path: file.path, text: file.text })),
    TODAY,
  );

describe('scaleContent', () => {
  it('returns the real content unchanged at 1x', () => {
    expect(scaleContent(REAL, 1)).toEqual(REAL);
  });

  it('multiplies competencies, domains and recommendations and keeps everything else', () => {
    const scaled = scaleContent(REAL, 10);
    for (const collection of ['competencies', 'domains', 'recommendations'])
      expect(count(scaled, collection)).toBe(10 * count(REAL, collection));
    for (const collection of ['archetypes', 'levels', 'personas', 'guide'])
      expect(count(scaled, collection)).toBe(count(REAL, collection));
    expect(count(scaled, 'archetypes')).toBe(5);
    expect(scaled.filter((file) => file.path === 'content/framework.yaml')).toHaveLength(1);
  });

  it('gives every file a new path, and every entry an id matching its file name', () => {
    const scaled = scaleContent(REAL, 3);
    expect(new Set(scaled.map((file) => file.path)).size).toBe(scaled.length);
    const copies = scaled.filter((file) => /-x3\.mdx$/.test(file.path));
    expect(copies.length).toBe(
      count(REAL, 'competencies') + count(REAL, 'domains') + count(REAL, 'recommendations'),
    );
    for (const copy of copies) {
      const id = copy.path
        .split('/')
        .pop()!
        .replace(/\.mdx$/, '');
      expect(copy.text, copy.path).toMatch(new RegExp(`^---\\nid: ${id}\\n`));
    }
  });

  it('makes a framework the content check accepts: unique ids and numbers, every reference valid', () => {
    const report = check(scaleContent(REAL, 4));
    expect(report.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(report.entries.competencies).toHaveLength(4 * count(REAL, 'competencies'));
  });

  it('points each copy at its own copy of a domain and of the competencies it names', () => {
    const { entries } = check(scaleContent(REAL, 2));
    const competency = entries.competencies.find((entry) => entry.data.id.endsWith('-x2'))!;
    expect(competency.data.domain).toMatch(/-x2$/);
    const recommendation = entries.recommendations.find((entry) => entry.data.id.endsWith('-x2'))!;
    expect(recommendation.data.competencies.length).toBeGreaterThan(0);
    expect(recommendation.data.competencies.every((id) => id.endsWith('-x2'))).toBe(true);
    const numbers = entries.recommendations.map((entry) => entry.data.number);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('copies a sub-domain under the copy of its parent', () => {
    const files = readContent(fixture('valid-minimal')).map((file) => ({
      path: file.path,
      text: file.text!,
    }));
    const domain = files.find((file) => collectionOf(file.path) === 'domains')!;
    const parent = /^id: (.*)$/m.exec(domain.text)![1]!;
    const child = {
      path: 'content/domains/child.mdx',
      text: domain.text.replace(/^id: .*$/m, `id: child\nparent: ${parent}`),
    };
    const copy = scaleContent([...files, child], 2).find(
      (file) => file.path === 'content/domains/child-x2.mdx',
    );
    expect(copy?.text).toMatch(new RegExp(`^parent: ${parent}-x2$`, 'm'));
  });

  it('refuses a factor that is not a whole number of at least 1', () => {
    expect(() => scaleContent(REAL, 0)).toThrow(/factor/);
    expect(() => scaleContent(REAL, 1.5)).toThrow(/factor/);
  });
});

describe('copyId', () => {
  it('keeps the id for the first copy and suffixes the others', () => {
    expect(copyId('data', 1)).toBe('data');
    expect(copyId('data', 12)).toBe('data-x12');
  });
});
