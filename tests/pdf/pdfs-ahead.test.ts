import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { syllabus, type Syllabus } from '../../src/framework/index.ts';
import { PdfCache, syllabusPdf, syllabusToTypst } from '../../src/pdf/index.ts';
import { PdfPool } from '../../src/pdf/pdf-pool.ts';
import { syllabusPdfsAhead } from '../../src/pdf/pdfs-ahead.ts';
import type { ArchetypeId } from '../../src/schemas/index.ts';
import { realFramework } from './load-real.ts';
import { SITE } from '../helpers.ts';

// The real PdfPool, watched: how many pools (with their worker processes) were started. Given
// to syllabusPdfsAhead rather than mocked into its module, which the test files share.
const startPool = vi.fn((size: number) => new PdfPool(size));

const framework = realFramework();

const of = (...ids: ArchetypeId[]): Syllabus => syllabus(framework, ids, SITE);
// The learner's edition: the shorter PDF, so these tests compile less.
const doc = (s: Syllabus) => syllabusToTypst(s, 'learner');
const pdfOf = (s: Syllabus) => syllabusPdf(s, 'learner');

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'pdfs-ahead-'));
  startPool.mockClear();
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('syllabusPdfsAhead', () => {
  it('compiles into the cache the PDFs it does not have yet, the same bytes as syllabusPdf', async () => {
    const cache = new PdfCache(folder);
    const [users, shapers, both] = [of('users'), of('shapers'), of('shapers', 'users')];
    cache.put(doc(users), pdfOf(users));

    const ahead = syllabusPdfsAhead([users, shapers, both].map(doc), cache, 1, startPool);
    expect(await ahead.finished).toBe(2);
    for (const s of [shapers, both]) {
      const cached = cache.get(doc(s));
      expect(cached && Buffer.from(cached).equals(Buffer.from(pdfOf(s))), s.slug).toBe(true);
    }
  });

  it('starts no worker when the cache has every PDF', async () => {
    const cache = new PdfCache(folder);
    const users = of('users');
    cache.put(doc(users), pdfOf(users));
    expect(await syllabusPdfsAhead([doc(users)], cache, 1, startPool).finished).toBe(0);
    expect(startPool).not.toHaveBeenCalled();
  });

  it('can be stopped before it has finished, leaving whole PDFs only', async () => {
    const cache = new PdfCache(folder);
    const all = [of('shapers'), of('drivers'), of('creators'), of('embedders'), of('users')];
    const ahead = syllabusPdfsAhead(all.map(doc), cache, 1, startPool);
    expect(startPool).toHaveBeenCalledTimes(1);
    // Stop once the first PDF is in the cache, while the others are still to come.
    await vi.waitFor(() => expect(readdirSync(folder).some((name) => name.endsWith('.pdf'))).toBe(true), {
      timeout: 20_000,
      interval: 20,
    });
    await ahead.stop();
    const made = await ahead.finished;
    expect(made).toBeGreaterThanOrEqual(1);
    expect(made).toBeLessThan(all.length);
    expect(readdirSync(folder).filter((name) => !name.endsWith('.pdf'))).toEqual([]);
    expect(all.filter((s) => cache.get(doc(s)) !== undefined)).toHaveLength(made);
  });
});
