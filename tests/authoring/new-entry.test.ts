import { cpSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newEntry, placeholdersIn, type NewEntryContext } from '../../src/authoring/new-entry.ts';
import { COLLECTION_NAMES, type CollectionName } from '../../src/schemas/index.ts';
import { checkProject } from '../../src/validation/index.ts';
import { fixture, TODAY } from '../helpers.ts';

/** A fresh copy of the valid-minimal fixture, to add entries to. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'new-entry-'));
  cpSync(fixture('valid-minimal'), root, { recursive: true });
  return root;
}

function context(root: string): NewEntryContext {
  const report = checkProject(root, { today: TODAY }).report;
  return {
    entries: report.entries,
    settings: report.settings,
    today: TODAY,
    exists: (path) => existsSync(join(root, path)),
  };
}

/** Adds a new entry to the project and returns the problems `npm run check` reports in it. */
function add(root: string, collection: CollectionName, id: string) {
  const result = newEntry(collection, id, context(root));
  if (!result.ok) throw new Error(result.message);
  writeFileSync(join(root, result.path), result.text);
  return {
    result,
    issues: checkProject(root, { today: TODAY }).report.issues.filter((i) => i.file === result.path),
  };
}

describe('newEntry', () => {
  it.each(['competencies', 'levels', 'recommendations', 'personas', 'guide'] as const)(
    'creates a %s entry that cannot pass the check until every TODO is replaced, and has no other problem',
    (collection) => {
      const { result, issues } = add(project(), collection, 'brand-new');
      const todoLines = new Set(result.ok ? result.placeholders.map((p) => p.split(':')[0]) : []);
      // Every TODO line is reported, and every problem is on a TODO line.
      expect(issues.filter((i) => i.code === 'placeholder-text').map((i) => `line ${i.line}`)).toEqual([
        ...todoLines,
      ]);
      expect(issues.filter((i) => !todoLines.has(`line ${i.line}`))).toEqual([]);
      expect(issues.some((i) => i.severity === 'error')).toBe(true);
    },
  );

  it('reports a TODO line once, not again as an invalid value or an unknown reference', () => {
    const { issues } = add(project(), 'competencies', 'brand-new');
    const perLine = Map.groupBy(issues, (i) => i.line);
    for (const [line, onLine] of perLine)
      expect(
        onLine.map((i) => i.code),
        `line ${line}`,
      ).toEqual(['placeholder-text']);
  });

  it('leaves every decision to the author: kind, domain, tier, levels, areas and hours are TODO', () => {
    const result = newEntry('competencies', 'brand-new', context(project()));
    const text = result.ok ? result.text : '';
    for (const line of [
      'kind: TODO',
      'domain: TODO',
      'tier: TODO',
      '  TODO: TODO',
      '  - TODO',
      '    hours: TODO',
    ]) {
      expect(text).toContain(`${line}\n`);
    }
  });

  it('lists the allowed values above each choice, read from the content', () => {
    const result = newEntry('competencies', 'brand-new', context(project()));
    const text = result.ok ? result.text : '';
    expect(text).toContain('# kind: one of knowledge, skill, capability\n');
    expect(text).toContain('# domain: one of foundations\n');
    expect(text).toContain('# levels: each archetype that needs it (users) and its level (awareness)\n');
    expect(text).toContain(
      '# capabilityFramework: areas of the capability framework it relates to: 6, 6.1\n',
    );
    expect(text).toContain(`lastReviewed: ${TODAY}\nnextReviewDue: 2027-11-26\n`);
    expect(result.ok && result.path).toBe('content/competencies/brand-new.mdx');
  });

  it('creates a domain that fails only because of its TODOs and because no competency uses it yet', () => {
    const { issues } = add(project(), 'domains', 'brand-new');
    expect(issues.filter((i) => i.code !== 'placeholder-text').map((i) => i.code)).toEqual(['domain-unused']);
  });

  it('creates a missing archetype whose only problems are its TODOs', () => {
    const { result, issues } = add(project(), 'archetypes', 'drivers');
    const todoLines = new Set(
      result.ok ? result.placeholders.map((p) => Number(p.split(':')[0]!.slice(5))) : [],
    );
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.filter((i) => !todoLines.has(i.line))).toEqual([]);
  });

  it('numbers a new recommendation after the last one', () => {
    const result = newEntry('recommendations', 'brand-new', context(project()));
    expect(result.ok && result.text).toMatch(/^number: 2$/m);
  });

  it('refuses to overwrite an existing file', () => {
    const result = newEntry('competencies', 'what-ai-is', context(project()));
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(
        /content\/competencies\/what-ai-is\.mdx already exists.*never overwrites/,
      ),
    });
  });

  it('rejects a malformed id and suggests a well-formed one', () => {
    const result = newEntry('competencies', 'Spotting Bias', context(project()));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/"Spotting Bias" is not a valid id.*Try "spotting-bias"/);
  });

  it('rejects an unknown collection, naming the nearest and every valid one', () => {
    const result = newEntry('competency', 'x', context(project()));
    expect(!result.ok && result.message).toContain('Did you mean "competencies"?');
    expect(!result.ok && result.message).toContain(COLLECTION_NAMES.join(', '));
  });

  it('refuses archetype ids outside the fixed five', () => {
    expect(newEntry('archetypes', 'nurses', context(project())).ok).toBe(false);
  });
});

describe('placeholdersIn', () => {
  it('lists the lines still marked TODO, with their numbers', () => {
    expect(placeholdersIn('a\ntitle: "TODO: x"\nurl: https://example.org/TODO-y\nTODOLIST\n')).toEqual([
      'line 2: title: "TODO: x"',
      'line 3: url: https://example.org/TODO-y',
    ]);
  });
});
