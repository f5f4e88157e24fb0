import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syllabus, type Syllabus } from '../../src/framework/index.ts';
import { PdfCache, syllabusPdf, syllabusToTypst } from '../../src/pdf/index.ts';
import { syllabusPdfsAhead } from '../../src/pdf/pdfs-ahead.ts';
import type { ArchetypeId } from '../../src/schemas/index.ts';
import { realFramework } from './load-real.ts';

const framework = realFramework();
const SITE = 'https://example.org';
const of = (...ids: ArchetypeId[]): Syllabus => syllabus(framework, ids, SITE);

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'pdfs-ahead-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('syllabusPdfsAhead', () => {
  it('compiles into the cache the PDFs it does not have yet, the same bytes as syllabusPdf', async () => {
    const cache = new PdfCache(folder);
    const [users, shapers, both] = [of('users'), of('shapers'), of('shapers', 'users')];
    cache.put(syllabusToTypst(users), syllabusPdf(users));

    const ahead = syllabusPdfsAhead([users, shapers, both], cache, 1);
    expect(await ahead.finished).toBe(2);
    for (const s of [shapers, both]) {
      const cached = cache.get(syllabusToTypst(s));
      expect(cached && Buffer.from(cached).equals(Buffer.from(syllabusPdf(s))), s.slug).toBe(true);
    }
  });

  it('starts no worker when the cache has every PDF', async () => {
    const cache = new PdfCache(folder);
    const users = of('users');
    cache.put(syllabusToTypst(users), syllabusPdf(users));
    expect(await syllabusPdfsAhead([users], cache).finished).toBe(0);
  });

  it('can be stopped before it has finished, leaving whole PDFs only', async () => {
    const cache = new PdfCache(folder);
    const all = [of('shapers'), of('drivers'), of('creators'), of('embedders'), of('users')];
    const ahead = syllabusPdfsAhead(all, cache, 1);
    await ahead.stop();
    const made = await ahead.finished;
    expect(made).toBeLessThan(all.length);
    expect(readdirSync(folder).filter((name) => !name.endsWith('.pdf'))).toEqual([]);
    expect(all.filter((s) => cache.get(syllabusToTypst(s)) !== undefined)).toHaveLength(made);
  });
});
