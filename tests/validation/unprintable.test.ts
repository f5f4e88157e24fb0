import { describe, expect, it } from 'vitest';
import { goesIntoPdfs, unprintableIssues } from '../../src/validation/rules/unprintable.ts';
import { pdfCanPrint } from '../../src/validation/pdf-font.ts';

const FILE = 'content/competencies/x.mdx';

describe('pdfCanPrint', () => {
  it('knows the characters of the PDF body font', () => {
    for (const char of 'Aa0 ’“”–—•é') expect(pdfCanPrint(char.codePointAt(0)!), char).toBe(true);
    for (const char of '🤖шαش') expect(pdfCanPrint(char.codePointAt(0)!), char).toBe(false);
  });
});

describe('unprintableIssues', () => {
  it('reports each line with characters the PDFs cannot print, at the first of them', () => {
    const issues = unprintableIssues(FILE, '---\ntitle: "🤖 AI — شرح"\n---\n\nFine — café.\n');
    expect(issues.map((i) => [i.code, i.line, i.column])).toEqual([['unprintable-character', 2, 9]]);
    expect(issues[0]!.message).toMatch(/"🤖" \(U\+1F916, an emoji\), "ش" \(U\+0634, an Arabic letter\)/);
  });

  it('accepts what prints nothing or composes into a known letter', () => {
    expect(unprintableIssues(FILE, 'zero\u200bwidth soft\u00adhyphen e\u0301 \u202eflip\u202c')).toEqual([]);
  });

  it('applies to the files whose text goes into the syllabus PDFs', () => {
    expect(goesIntoPdfs('content/competencies/x.mdx')).toBe(true);
    expect(goesIntoPdfs('content/framework.yaml')).toBe(true);
    expect(goesIntoPdfs('content/guide/product-specific-training.mdx')).toBe(true);
    expect(goesIntoPdfs('content/guide/glossary.mdx')).toBe(false);
  });
});
