import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONTRIBUTING, generatedFiles } from '../../src/authoring/generated-files.ts';
import { readFieldDocs } from '../../src/authoring/schema-sources.ts';
import { COLLECTION_NAMES } from '../../src/schemas/index.ts';
import { CATALOGUE, docsFor, type IssueCode } from '../../src/validation/catalogue.ts';
import { checkProject } from '../../src/validation/index.ts';

const root = new URL('../../', import.meta.url);
const levels = checkProject(fileURLToPath(root)).report.entries.levels.map((entry) => entry.data);
const files = generatedFiles(readFieldDocs(), readFileSync(new URL(CONTRIBUTING, root), 'utf8'), levels);

describe('generated files', () => {
  // Fails after a change in src/schemas/ or the issue catalogue: run `npm run schemas` and commit.
  it.each([...files.keys()])('%s is up to date with src/ (run npm run schemas)', (path) => {
    expect(readFileSync(new URL(path, root), 'utf8')).toBe(files.get(path));
  });

  it('has a schema for every collection and for framework.yaml', () => {
    expect([...files.keys()].filter((p) => p.startsWith('schemas/'))).toEqual([
      ...COLLECTION_NAMES.map((c) => `schemas/${c}.json`),
      'schemas/framework.json',
    ]);
  });
});

describe('the problem codes in CONTRIBUTING.md', () => {
  it('have an anchor each, which every message links to', () => {
    const contributing = readFileSync(new URL('../../CONTRIBUTING.md', import.meta.url), 'utf8');
    const missing = (Object.keys(CATALOGUE) as IssueCode[]).filter(
      (code) => !contributing.includes(`<a id="${code}"></a>`) || docsFor(code) !== `CONTRIBUTING.md#${code}`,
    );
    expect(missing).toEqual([]);
  });
});
