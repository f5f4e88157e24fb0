import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/validation/index.ts';
import { readContent } from '../../src/validation/read-content.ts';
import { formulaTextIssues, looksLikeFormula } from '../../src/validation/rules/formula-text.ts';
import { fixture, TODAY } from '../helpers.ts';

describe('looksLikeFormula', () => {
  it.each(['=1+1', '+44 20', '-2', '-SUM(A1)', '@SUM(A1)', '\tx', '\rx'])('is true of %j', (text) => {
    expect(looksLikeFormula(text)).toBe(true);
  });

  it.each(['- used as a dash', 'Weigh cost = benefit', 'a+b', 'e-mail', 'me@nhs.net', 'Explain AI', ''])(
    'is false of %j',
    (text) => {
      expect(looksLikeFormula(text)).toBe(false);
    },
  );
});

describe('formulaTextIssues', () => {
  const locate = (path: readonly PropertyKey[]) => ({ file: 'x.mdx', line: path.length, column: 1 });

  it('checks every outcome of every level and every assessment item, naming the field', () => {
    const data = {
      title: 'Fine',
      progression: { low: { hours: 1, outcomes: ['Explain it', '=cmd'] } },
      assessment: ['Quiz', '@mention'],
    };
    const issues = formulaTextIssues({ collection: 'competencies', data, locate });
    expect(issues.map((i) => [i.code, i.severity, i.line, i.message.split(' begins')[0]])).toEqual([
      ['formula-like-text', 'error', 4, '`progression.low.outcomes[1]`'],
      ['formula-like-text', 'error', 2, '`assessment[1]`'],
    ]);
  });

  it('checks names and summaries of the other collections', () => {
    const domain = { name: '+Data', summary: '-1 thing' };
    const issues = formulaTextIssues({ collection: 'domains', data: domain, locate });
    expect(issues.map((i) => i.message.split(' begins')[0])).toEqual(['`name`', '`summary`']);
  });
});

describe('formula-like-text in a whole framework', () => {
  /** valid-minimal with the competency's title replaced by a line of YAML. */
  const checkTitle = (line: string) =>
    checkContent(
      readContent(fixture('valid-minimal')).map((file) =>
        file.path === 'content/competencies/what-ai-is.mdx'
          ? { ...file, text: file.text!.replace('title: Explain what AI is', line) }
          : file,
      ),
      TODAY,
    ).issues;

  it.each([
    `title: "- used as a dash"`,
    `title: Weigh cost = benefit, and +/- risk`,
    // The schema trims the tab, so the published title starts with a word.
    `title: "\\tExplain what AI is"`,
  ])('accepts %s', (line) => {
    expect(checkTitle(line)).toEqual([]);
  });

  it('refuses a title of "-2" (a spreadsheet reads it as a number) at its line and column', () => {
    expect(checkTitle(`title: "-2"`).map((i) => [i.code, i.line, i.column])).toEqual([
      ['formula-like-text', 3, 8],
    ]);
  });
});
