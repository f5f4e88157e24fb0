import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  allItems,
  editionSections,
  editionTitle,
  EDITIONS,
  hoursTableRows,
  withUnit,
  syllabus,
  type SyllabusEdition,
} from '../../src/framework/index.ts';
import type { ArchetypeId } from '../../src/schemas/index.ts';
import { syllabusPdf, syllabusToTypst } from '../../src/pdf/index.ts';
import { compilePdfs } from '../../src/pdf/pdf-pool.ts';
import { realFramework } from './load-real.ts';
import { readPdf } from './read-pdf.ts';
import { NO_SITE, SITE } from '../helpers.ts';

// The syllabi as the build makes them, from this repository's content/, without Astro. A
// sample here (one archetype and a combination, both editions); the browser tests read every
// PDF the build publishes.
const framework = realFramework();
const SAMPLE: ArchetypeId[][] = [['users'], ['drivers', 'users']];

// Each sample PDF is compiled once, by the first test that needs it.
const compiled = new Map<string, Uint8Array<ArrayBuffer>>();
function compiledPdf(ids: readonly ArchetypeId[], edition: SyllabusEdition): Uint8Array<ArrayBuffer> {
  const key = `${ids.join('-')} ${edition}`;
  if (!compiled.has(key)) compiled.set(key, syllabusPdf(syllabus(framework, ids, SITE), edition));
  return compiled.get(key)!;
}

describe.each(
  SAMPLE.flatMap((ids) =>
    EDITIONS.map((edition) => [`${ids.join('-')} (${edition})`, ids, edition] as const),
  ),
)('the PDF syllabus for %s', (_, ids, edition) => {
  const s = syllabus(framework, ids, SITE);
  let read: ReturnType<typeof readPdf> | undefined;
  const pdf = () => (read ??= readPdf(compiledPdf(ids, edition)));

  it('lists every competency the archetypes need, and no other', async () => {
    const { text, outline } = await pdf();
    const needed = new Set(allItems(s).map((item) => item.competency.id));
    expect(needed.size).toBeGreaterThan(0);
    for (const c of framework.competencies) {
      // Each competency entry is its title followed by the line that says how far it goes.
      const entry = edition === 'learner' ? `${c.title} Up to ` : `${c.title} Up to:`;
      if (needed.has(c.id)) {
        expect(text, c.title).toContain(entry);
        expect(outline, c.title).toContain(c.title);
      } else {
        expect(text, c.title).not.toContain(entry);
        expect(outline, c.title).not.toContain(c.title);
      }
    }
  });

  it('shows the outcomes of each level up to the one needed, and of no level above it', async () => {
    const { text } = await pdf();
    for (const item of allItems(s)) {
      for (const step of item.competency.steps) {
        const shown = step.level.rank <= item.level.rank;
        // Lists break long lines; compare the first words, which stay on one line.
        for (const outcome of step.outcomes) {
          const start = outcome.split(' ').slice(0, 6).join(' ');
          if (shown) expect(text, `${item.competency.id}: ${outcome}`).toContain(start);
        }
        if (!shown) expect(text, item.competency.id).not.toContain(step.outcomes[0]!);
      }
    }
  });

  it('is tagged, titled, in British English, with an author and a date from content', async () => {
    const f = await pdf();
    expect(f.marked).toBe(true);
    expect(f.structured).toBe(true);
    expect(f.title).toBe(editionTitle(s, edition));
    expect(f.language).toBe('en-GB');
    expect(f.author).toBe(framework.settings.publisher);
    expect(f.creationDate).toMatch(new RegExp(`^D:${s.published.replaceAll('-', '')}000000`));
  });

  it('has a bookmark for every section and numbered pages that point to the web version', async () => {
    const { outline, pages } = await pdf();
    for (const section of editionSections(s, edition)) expect(outline).toContain(section.title);
    // A long address wraps, and text extraction puts a space at the break.
    const unwrapped = (text: string | undefined) => (text ?? '').replace(/\s+/g, '');
    expect(unwrapped(pages[0])).toContain(s.url);
    if (edition === 'provider') expect(pages[1], 'the cover fits on one page').toMatch(/^Contents/);
    expect(pages[2]).toContain(`Page 3 of ${pages.length}`);
    expect(pages.at(-1)).toContain(`Page ${pages.length} of ${pages.length}`);
    expect(unwrapped(pages.at(-1))).toContain(unwrapped(`${s.url}. Printed copies may be out of date.`));
  });
});

describe("the provider's edition's hours chart", () => {
  it('is a tagged figure whose alternative text gives every part and its hours', async () => {
    const s = syllabus(framework, ['drivers', 'users'], SITE);
    const { figures } = await readPdf(compiledPdf(['drivers', 'users'], 'provider'));
    const chart = figures.find((alt) => alt.startsWith('Bar chart of the study hours'));
    expect(chart, "no figure with the chart's alternative text").toBeDefined();
    for (const row of hoursTableRows(s).rows) expect(chart).toContain(row.part);
    expect(chart).toContain(`${withUnit(s.hours.foundational, ['hour', 'hours'])} foundational`);
  });
});

describe("the learner's edition for Users", () => {
  it('is a short document: at most 10 A4 pages', async () => {
    const { pages } = await readPdf(compiledPdf(['users'], 'learner'));
    expect(pages.length).toBeLessThanOrEqual(10);
  });
});

describe("a syllabus built without the site's address", () => {
  it('names no web address for the current version', async () => {
    const s = syllabus(framework, ['users'], NO_SITE);
    const { text, pages } = await readPdf(syllabusPdf(s, 'learner'));
    expect(text).not.toMatch(/current version|localhost/i);
    expect(pages.at(-1)).toContain(`Page ${pages.length} of ${pages.length}`);
  });
});

describe('PDF determinism', () => {
  it('gives the same bytes for the same syllabus, in this process and in a fresh one', () => {
    // Another PDF compiled in between, so the compiler's state from it could show.
    const ids: ArchetypeId[] = ['users'];
    const first = compiledPdf(ids, 'provider');
    compiledPdf(ids, 'learner');
    expect(
      Buffer.from(syllabusPdf(syllabus(framework, ids, SITE), 'provider')).equals(Buffer.from(first)),
    ).toBe(true);

    const out = join(mkdtempSync(join(tmpdir(), 'syllabus-pdf-')), 'out.pdf');
    const script = fileURLToPath(new URL('./compile-one.ts', import.meta.url));
    const child = spawnSync(process.execPath, [script, ids.join(','), SITE.site!, out], { encoding: 'utf8' });
    expect(child.stderr).toBe('');
    expect(readFileSync(out).equals(Buffer.from(first))).toBe(true);
  });

  it('gives the same bytes, in order, when compiled in worker processes', async () => {
    const ids: ArchetypeId[] = ['users'];
    const s = syllabus(framework, ids, SITE);
    const pooled = await compilePdfs(
      EDITIONS.map((edition) => syllabusToTypst(s, edition)),
      2,
    );
    EDITIONS.forEach((edition, i) =>
      expect(Buffer.from(pooled[i]!).equals(Buffer.from(compiledPdf(ids, edition))), edition).toBe(true),
    );
  });

  it('reports Typst errors from worker processes', async () => {
    await expect(compilePdfs([{ main: '#not-a-function()', files: {} }])).rejects.toThrow(/not-a-function/);
  });
});
