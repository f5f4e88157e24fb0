import { describe, expect, it } from 'vitest';
import { syllabus } from '../../src/framework/index.ts';
import { compilePdf, SharedParts, syllabusToTypst } from '../../src/pdf/index.ts';
import { realFramework } from './load-real.ts';
import { readPdf } from './read-pdf.ts';
import { SITE } from '../helpers.ts';

describe('SharedParts', () => {
  it('names each part by its content, so the same markup is the same file in every document', () => {
    const [a, b] = [new SharedParts(), new SharedParts()];
    expect(a.include('#"Same text";')).toBe(b.include('#"Same text";'));
    expect(a.include('#"Same text";')).not.toBe(a.include('#"Other text";'));
    expect(a.include('#"Same text";')).toMatch(/^#include "\/parts\/[0-9a-f]{32}\.typ";$/);
    expect(a.include('  ')).toBe('');
    expect(Object.values(a.document('main').files)).toEqual(['#"Same text";', '#"Other text";']);
  });

  it('compiles a document from its parts, and cannot read a file it does not bring', async () => {
    const parts = new SharedParts();
    const main = `#set document(title: "T")\n${parts.include('#"From a part";')} and the main file`;
    expect((await readPdf(compilePdf(parts.document(main)))).text).toBe('From a part and the main file');
    expect(() => compilePdf({ main: '#include "/package.json"', files: {} })).toThrow(/file not found/);
  });

  it('compiles a file brought again under the same path with other text as that text', async () => {
    const document = (text: string) => ({
      main: '#set document(title: "T")\n#include "/parts/reused.typ"',
      files: { '/parts/reused.typ': `#${JSON.stringify(text)}` },
    });
    expect((await readPdf(compilePdf(document('First text')))).text).toBe('First text');
    expect((await readPdf(compilePdf(document('Second text')))).text).toBe('Second text');
  });
});

describe('syllabusToTypst', () => {
  const framework = realFramework();
  const [one, both] = ([['users'], ['drivers', 'users']] as const).map((ids) =>
    syllabusToTypst(syllabus(framework, ids, SITE), 'provider'),
  );

  it('puts what syllabi share in shared parts, so Typst lays it out once per build', () => {
    const outcome = framework.competencies.find((c) => c.levels.users)!.steps[0]!.outcomes[0]!;
    for (const document of [one!, both!]) {
      expect(document.main).not.toContain(outcome);
      expect(Object.values(document.files).some((file) => file.includes(outcome))).toBe(true);
    }
    const shared = Object.keys(one!.files).filter((path) => path in both!.files);
    expect(shared.length).toBeGreaterThan(Object.keys(one!.files).length / 2);
  });

  it('sets nothing in the main file before the body but the shared style and the footer lines', () => {
    const beforeBody = both!.main.slice(0, both!.main.indexOf('#title['));
    expect(beforeBody.match(/#(set|show)\b[^\n]*/g)).toEqual(['#show: document-style.with(compact: false)']);
    expect(beforeBody).toMatch(/#metadata\(\([^]*\)\) <document-footer>/);
    expect(both!.main.trimEnd()).toMatch(/#set document\([^]*\)$/);
  });
});
