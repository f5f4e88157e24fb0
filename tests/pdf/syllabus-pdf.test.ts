import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allItems, archetypeCombinations, syllabus, syllabusSections } from '../../src/framework/index.ts';
import { syllabusPdf, syllabusToTypst } from '../../src/pdf/index.ts';
import { compilePdfs } from '../../src/pdf/pdf-pool.ts';
import { realFramework } from './load-real.ts';
import { readPdf } from './read-pdf.ts';

// The syllabi as the build makes them, from this repository's content/, without Astro.
const framework = realFramework();
// A long address, so the test sees the cover at its fullest.
const SITE = 'https://ai-confidence-framework.example.org/education/';
const combinations = archetypeCombinations(framework);

describe.each(combinations.map((ids) => [ids.join('-'), ids] as const))(
  'the PDF syllabus for %s',
  (_, ids) => {
    const s = syllabus(framework, ids, SITE);
    // Compiled and read once, by the first test that needs it.
    let read: ReturnType<typeof readPdf> | undefined;
    const pdf = () => (read ??= readPdf(syllabusPdf(s)));

    it('lists every competency the archetypes need, and no other', async () => {
      const { text, outline } = await pdf();
      const needed = new Set(allItems(s).map((item) => item.competency.id));
      expect(needed.size).toBeGreaterThan(0);
      for (const c of framework.competencies) {
        // Each competency entry is its title followed by its facts line, and a bookmark.
        const entry = `${c.title} Level:`;
        if (needed.has(c.id)) {
          expect(text, c.title).toContain(entry);
          expect(outline, c.title).toContain(c.title);
        } else {
          expect(text, c.title).not.toContain(entry);
          expect(outline, c.title).not.toContain(c.title);
        }
      }
    });

    it('is tagged, titled, in British English, with an author and a date from content', async () => {
      const f = await pdf();
      expect(f.marked).toBe(true);
      expect(f.structured).toBe(true);
      expect(f.title).toBe(s.title);
      expect(f.language).toBe('en-GB');
      expect(f.author).toBe(framework.settings.publisher);
      expect(f.creationDate).toMatch(new RegExp(`^D:${s.published.replaceAll('-', '')}000000`));
    });

    it('has a bookmark for every section and numbered pages that point to the web version', async () => {
      const { outline, pages } = await pdf();
      for (const section of syllabusSections(s)) expect(outline).toContain(section.title);
      // A long address wraps, and text extraction puts a space at the break.
      const unwrapped = (text: string | undefined) => (text ?? '').replace(/\s+/g, '');
      expect(unwrapped(pages[0])).toContain(s.url);
      expect(pages[1], 'the cover fits on one page').toMatch(/^Contents/);
      expect(pages[2]).toContain(`Page 3 of ${pages.length}`);
      expect(pages.at(-1)).toContain(`Page ${pages.length} of ${pages.length}`);
      expect(unwrapped(pages.at(-1))).toContain(unwrapped(`${s.url}. Printed copies may be out of date.`));
    });
  },
);

describe('PDF determinism', () => {
  it('gives the same bytes for the same syllabus, in this process and in a fresh one', () => {
    const ids = combinations.at(-1)!;
    const first = syllabusPdf(syllabus(framework, ids, SITE));
    syllabusPdf(syllabus(framework, ['users'], SITE));
    expect(Buffer.from(syllabusPdf(syllabus(framework, ids, SITE))).equals(Buffer.from(first))).toBe(true);

    const out = join(mkdtempSync(join(tmpdir(), 'syllabus-pdf-')), 'out.pdf');
    const script = fileURLToPath(new URL('./compile-one.ts', import.meta.url));
    const child = spawnSync(process.execPath, [script, ids.join(','), SITE, out], { encoding: 'utf8' });
    expect(child.stderr).toBe('');
    expect(readFileSync(out).equals(Buffer.from(first))).toBe(true);
  });

  it('gives the same bytes, in order, when compiled in worker processes', async () => {
    const syllabi = [combinations.at(-1)!, ['users' as const]].map((ids) => syllabus(framework, ids, SITE));
    const pooled = await compilePdfs(syllabi.map(syllabusToTypst), 2);
    syllabi.forEach((s, i) => expect(Buffer.from(pooled[i]!).equals(Buffer.from(syllabusPdf(s)))).toBe(true));
  });

  it('reports Typst errors from worker processes', async () => {
    await expect(compilePdfs([{ main: '#not-a-function()', files: {} }])).rejects.toThrow(/not-a-function/);
  });
});
