import { describe, expect, it } from 'vitest';
import { issueAt } from '../../src/validation/issue.ts';
import { checkProject, REPORTERS } from '../../src/validation/index.ts';
import { MAX_SHOWN_PER_FILE } from '../../src/validation/reporters/text.ts';
import { fixture, TODAY } from '../helpers.ts';

const report = checkProject(fixture('unknown-field'), { today: TODAY }).report;

describe('reporters', () => {
  it('prints path:line:column, message, code, hint and a summary in the terminal', () => {
    expect(REPORTERS.text(report)).toMatchSnapshot();
  });

  it('prints GitHub Actions annotations with escaped properties', () => {
    expect(REPORTERS.github(report)).toMatchSnapshot();
  });

  it('prints a JSON report with a summary and every issue', () => {
    const parsed = JSON.parse(REPORTERS.json(report));
    expect(parsed.summary).toEqual({ errors: 1, warnings: 0, files: 1, fileCount: 8 });
    expect(parsed.issues).toEqual(report.issues);
  });

  it('prints a single success line when there are no problems', () => {
    expect(REPORTERS.text(checkProject(fixture('valid-minimal'), { today: TODAY }).report)).toBe(
      '✔ Checked 8 files: no problems found.',
    );
  });

  it('shows at most 20 problems of one file in the terminal and says how many more there are', () => {
    const file = 'content/competencies/x.mdx';
    const issues = Array.from({ length: 10_000 }, (_, i) =>
      issueAt('invalid-value', { file, line: i + 1, column: 5 }, `Item ${i} is wrong.`),
    );
    const text = REPORTERS.text({ ...report, issues });
    expect(text.split('\n').filter((line) => line.startsWith(`${file}:`))).toHaveLength(MAX_SHOWN_PER_FILE);
    expect(text).toContain(`${file}  … and 9980 more problems in this file`);
    expect(JSON.parse(REPORTERS.json({ ...report, issues })).issues).toHaveLength(10_000);
  });
});
