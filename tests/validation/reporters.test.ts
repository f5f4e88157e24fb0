import { describe, expect, it } from 'vitest';
import { checkProject, REPORTERS } from '../../src/validation/index.ts';
import { fixture, TODAY } from '../helpers.ts';

const report = checkProject(fixture('unknown-field'), TODAY);

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
    expect(REPORTERS.text(checkProject(fixture('valid-minimal'), TODAY))).toBe(
      '✔ Checked 8 files: no problems found.',
    );
  });
});
