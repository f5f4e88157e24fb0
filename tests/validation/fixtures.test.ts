import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkProject, failed, type IssueCode } from '../../src/validation/index.ts';
import { fixture, TODAY } from '../helpers.ts';

/** Each invalid fixture and the problem it must produce: code, file and line. */
const SCENARIOS: Record<
  string,
  { code: IssueCode; file: string; line: number; message?: RegExp; hint?: RegExp }
> = {
  'yaml-syntax': { code: 'yaml-syntax', file: 'content/competencies/what-ai-is.mdx', line: 12 },
  'yaml-duplicate-key': {
    code: 'yaml-syntax',
    file: 'content/competencies/what-ai-is.mdx',
    line: 15,
    message: /written twice/,
  },
  'yaml-tab-indent': {
    code: 'yaml-syntax',
    file: 'content/competencies/what-ai-is.mdx',
    line: 8,
    message: /indented with a tab/,
  },
  'mdx-unclosed-tag': {
    code: 'mdx-syntax',
    file: 'content/competencies/what-ai-is.mdx',
    line: 29,
    message: /<Aside>/,
  },
  'mdx-bad-expression': { code: 'mdx-syntax', file: 'content/competencies/what-ai-is.mdx', line: 27 },
  'frontmatter-missing': {
    code: 'frontmatter-missing',
    file: 'content/competencies/what-ai-is.mdx',
    line: 1,
  },
  'file-empty': { code: 'file-empty', file: 'content/competencies/what-ai-is.mdx', line: 1 },
  'file-encoding': { code: 'file-encoding', file: 'content/competencies/what-ai-is.mdx', line: 25 },
  'unknown-field': {
    code: 'unknown-field',
    file: 'content/archetypes/users.mdx',
    line: 5,
    message: /did you mean `summary`/,
  },
  'missing-field': {
    code: 'missing-field',
    file: 'content/levels/awareness.mdx',
    line: 2,
    message: /`descriptor`/,
  },
  'invalid-enum': {
    code: 'invalid-value',
    file: 'content/competencies/what-ai-is.mdx',
    line: 4,
    message: /knowledge, skill, capability/,
  },
  'wrong-type': {
    code: 'invalid-value',
    file: 'content/competencies/what-ai-is.mdx',
    line: 11,
    message: /must be a number/,
  },
  'invalid-date': {
    code: 'invalid-value',
    file: 'content/levels/awareness.mdx',
    line: 13,
    message: /real date/,
  },
  'bad-source-url': {
    code: 'invalid-value',
    file: 'content/competencies/what-ai-is.mdx',
    line: 22,
    message: /https/,
  },
  'review-dates-order': { code: 'review-dates-order', file: 'content/levels/awareness.mdx', line: 14 },
  'unknown-domain': {
    code: 'unknown-reference',
    file: 'content/competencies/what-ai-is.mdx',
    line: 5,
    message: /fundations/,
  },
  'unknown-level': {
    code: 'unknown-reference',
    file: 'content/competencies/what-ai-is.mdx',
    line: 8,
    message: /"expert"/,
  },
  'yaml-colon-in-value': {
    code: 'yaml-syntax',
    file: 'content/competencies/what-ai-is.mdx',
    line: 3,
    message: /colon followed by a space/,
    hint: /double quotes/,
  },
  'level-display-name': {
    code: 'invalid-value',
    file: 'content/competencies/what-ai-is.mdx',
    line: 9,
    hint: /Write it as `working-knowledge`/,
  },
  'reference-partial-name': {
    code: 'unknown-reference',
    file: 'content/competencies/what-ai-is.mdx',
    line: 5,
    hint: /Did you mean "foundations-of-ai"\? The domains are: foundations-of-ai\./,
  },
  'field-and-reference-problems': {
    code: 'unknown-reference',
    file: 'content/competencies/what-ai-is.mdx',
    line: 5,
    hint: /Did you mean "foundations"\?/,
  },
  'unknown-competency': {
    code: 'unknown-reference',
    file: 'content/recommendations/foundational-content.mdx',
    line: 13,
  },
  'unknown-archetype-key': {
    code: 'invalid-value',
    file: 'content/competencies/what-ai-is.mdx',
    line: 8,
    message: /shapers, drivers/,
  },
  'id-mismatch': { code: 'id-mismatch', file: 'content/levels/awareness.mdx', line: 2 },
  'duplicate-id': { code: 'duplicate-id', file: 'content/levels/copy.mdx', line: 2 },
  'duplicate-rank': { code: 'duplicate-number', file: 'content/levels/second.mdx', line: 4 },
  'domain-cycle': { code: 'domain-cycle', file: 'content/domains/foundations.mdx', line: 5 },
  'archetype-without-competencies': {
    code: 'archetype-without-competencies',
    file: 'content/archetypes/drivers.mdx',
    line: 2,
  },
  'competency-unused': { code: 'competency-unused', file: 'content/competencies/what-ai-is.mdx', line: 7 },
  'foundational-incomplete': {
    code: 'foundational-incomplete',
    file: 'content/competencies/what-ai-is.mdx',
    line: 8,
  },
  'unsafe-script': {
    code: 'unsafe-html',
    file: 'content/competencies/what-ai-is.mdx',
    line: 29,
    message: /<script>/,
  },
  'unsafe-event-handler': {
    code: 'unsafe-html',
    file: 'content/competencies/what-ai-is.mdx',
    line: 27,
    message: /onClick/,
  },
  'unsafe-javascript-link': {
    code: 'unsafe-html',
    file: 'content/competencies/what-ai-is.mdx',
    line: 27,
    message: /javascript:/,
  },
  'unsafe-iframe': { code: 'unsafe-html', file: 'content/guide/index.mdx', line: 13, message: /<iframe>/ },
  'wrong-extension': { code: 'wrong-extension', file: 'content/levels/awareness.md', line: 1 },
  'unknown-collection': { code: 'unknown-collection', file: 'content/lessons/intro.mdx', line: 1 },
  'framework-missing': { code: 'missing-field', file: 'content/framework.yaml', line: 1 },
  'level-not-described': {
    code: 'level-not-described',
    file: 'content/competencies/what-ai-is.mdx',
    line: 10,
    message: /Drivers need "practitioner"/,
  },
  'progression-gap': {
    code: 'progression-gap',
    file: 'content/competencies/what-ai-is.mdx',
    line: 17,
    message: /not "working-knowledge"/,
  },
  'level-above-ceiling': {
    code: 'level-above-ceiling',
    file: 'content/competencies/what-ai-is.mdx',
    line: 9,
    message: /Users are required at "practitioner", above "working-knowledge"/,
  },
  'outcome-not-observable': {
    code: 'outcome-not-observable',
    file: 'content/competencies/what-ai-is.mdx',
    line: 15,
    message: /"understand"/,
  },
  'replaced-id-in-use': {
    code: 'replaced-id-in-use',
    file: 'content/competencies/what-ai-is.mdx',
    line: 30,
    message: /old-ai-basics/,
  },
  'unknown-part': {
    code: 'unknown-part',
    file: 'content/competencies/reporting-incidents.mdx',
    line: 26,
    hint: /What the rules say/,
  },
  'source-not-dated': {
    code: 'source-not-dated',
    file: 'content/competencies/reporting-incidents.mdx',
    line: 28,
    message: /Yellow Card/,
  },
  'unknown-strand': {
    code: 'unknown-reference',
    file: 'content/competencies/reporting-incidents.mdx',
    line: 7,
    hint: /"rules"/,
  },
  'formula-title-equals': {
    code: 'formula-like-text',
    file: 'content/competencies/what-ai-is.mdx',
    line: 3,
    message: /^`title` begins "=HYPERLINK\(.*begins with "=" as a formula/,
    hint: /not begin with "="/,
  },
  'formula-title-plus': {
    code: 'formula-like-text',
    file: 'content/competencies/what-ai-is.mdx',
    line: 3,
    message: /begins with "\+"/,
  },
  'formula-title-minus': {
    code: 'formula-like-text',
    file: 'content/competencies/what-ai-is.mdx',
    line: 3,
    message: /"-2\+3 ways.*begins with "-"/,
  },
  'formula-title-at': {
    code: 'formula-like-text',
    file: 'content/competencies/what-ai-is.mdx',
    line: 3,
    message: /begins with "@"/,
  },
  // The schema trims the tab, and what is left is still a formula.
  'formula-title-tab': {
    code: 'formula-like-text',
    file: 'content/competencies/what-ai-is.mdx',
    line: 3,
    message: /begins "=1\+1 Explain/,
  },
  'merged-reference': {
    code: 'unknown-reference',
    file: 'content/recommendations/foundational-content.mdx',
    line: 13,
    message: /merged into "what-ai-is"/,
  },
};

/** Each fixture whose only problem is a warning: the check reports it and passes, unless strict. */
const WARNING_SCENARIOS: Record<string, { code: IssueCode; file: string; line: number; message?: RegExp }> = {
  'review-overdue': { code: 'review-overdue', file: 'content/levels/awareness.mdx', line: 14 },
  'outcome-verb-below-level': {
    code: 'outcome-verb-below-level',
    file: 'content/competencies/what-ai-is.mdx',
    line: 25,
    message: /"Describe" is a verb of awareness/,
  },
  'outcome-two-acts': {
    code: 'outcome-two-acts',
    file: 'content/competencies/what-ai-is.mdx',
    line: 20,
    message: /to use and to report/,
  },
  'hours-outside-typical-range': {
    code: 'hours-outside-typical-range',
    file: 'content/competencies/what-ai-is.mdx',
    line: 13,
    message: /0\.25-3 hours/,
  },
  'review-interval-too-long': {
    code: 'review-interval-too-long',
    file: 'content/competencies/reporting-incidents.mdx',
    line: 32,
    message: /every 6 months/,
  },
};

describe('invalid fixtures', () => {
  it.each(Object.entries(SCENARIOS))(
    '%s: reports the problem with its file and line and fails',
    (name, expected) => {
      const report = checkProject(fixture(name), { today: TODAY }).report;
      const match = report.issues.find(
        (issue) => issue.code === expected.code && issue.file === expected.file,
      );
      expect(match, `issues: ${JSON.stringify(report.issues, null, 2)}`).toBeDefined();
      expect(match!.line).toBe(expected.line);
      expect(match!.column).toBeGreaterThanOrEqual(1);
      expect(match!.hint.length).toBeGreaterThan(10);
      if (expected.message) expect(match!.message).toMatch(expected.message);
      if (expected.hint) expect(match!.hint).toMatch(expected.hint);
      expect(failed(report)).toBe(true);
    },
  );

  it('has a scenario for every fixture folder', () => {
    const folders = readdirSync(fileURLToPath(new URL('../fixtures/', import.meta.url)));
    const covered = new Set([
      ...Object.keys(SCENARIOS),
      ...Object.keys(WARNING_SCENARIOS),
      'valid-minimal',
      'valid-levelled',
    ]);
    expect(folders.filter((folder) => !covered.has(folder))).toEqual([]);
  });
});

describe('valid and warning-only fixtures', () => {
  it('reports nothing on the valid minimal framework', () => {
    const report = checkProject(fixture('valid-minimal'), { today: TODAY }).report;
    expect(report.issues).toEqual([]);
    expect(report.fileCount).toBe(8);
  });

  it('reports nothing on the valid framework with levels, strands and a merge', () => {
    const report = checkProject(fixture('valid-levelled'), { today: TODAY }).report;
    expect(report.issues).toEqual([]);
  });

  it.each(Object.entries(WARNING_SCENARIOS))(
    '%s: warns with its file and line without failing, unless strict',
    (name, expected) => {
      const report = checkProject(fixture(name), { today: TODAY }).report;
      expect(report.issues.map((i) => [i.code, i.severity, i.file, i.line])).toEqual([
        [expected.code, 'warning', expected.file, expected.line],
      ]);
      if (expected.message) expect(report.issues[0]!.message).toMatch(expected.message);
      expect(report.issues[0]!.hint.length).toBeGreaterThan(10);
      expect(failed(report)).toBe(false);
      expect(failed(report, true)).toBe(true);
    },
  );

  it('reports a field problem and a reference problem of one entry in the same run', () => {
    const report = checkProject(fixture('field-and-reference-problems'), { today: TODAY }).report;
    expect(report.issues.map((i) => [i.code, i.line])).toEqual([
      ['invalid-value', 4],
      ['unknown-reference', 5],
    ]);
  });

  it('reports one YAML mistake once, in plain words', () => {
    const report = checkProject(fixture('yaml-tab-indent'), { today: TODAY }).report;
    expect(report.issues.filter((i) => i.code === 'yaml-syntax')).toHaveLength(1);
    expect(report.issues[0]!.hint).toMatch(/spaces/);
  });

  it('does not cascade: an unreadable competency does not make its archetype look unused', () => {
    const report = checkProject(fixture('file-empty'), { today: TODAY }).report;
    expect(report.issues.map((i) => i.code)).not.toContain('archetype-without-competencies');
  });
});
