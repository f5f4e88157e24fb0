import { describe, expect, it, vi } from 'vitest';
import { scaleContent } from '../../src/bench/scale/synthetic-content.ts';
import { checkFile } from '../../src/validation/check-file.ts';
import { checkContent, checkContentInParallel } from '../../src/validation/index.ts';
import type { ContentFile } from '../../src/validation/content-file.ts';
import { readContent } from '../../src/validation/read-content.ts';
import { TODAY } from '../helpers.ts';

// The files parsed on this thread, by path. Worker threads load the real module, unwatched.
const parsedHere = vi.hoisted(() => new Set<string>());
vi.mock('../../src/validation/parse-entry.ts', async (original) => {
  const module = await original<typeof import('../../src/validation/parse-entry.ts')>();
  return {
    ...module,
    parseEntry: (...args: Parameters<typeof module.parseEntry>) => {
      parsedHere.add(args[0]);
      return module.parseEntry(...args);
    },
  };
});

/**
 * The real framework four times over. Threads are used whatever the number of files
 * (`parallelFrom: 0`), and the files go out in batches of about an eighth, the first two to
 * the worker thread: the first competencies are always checked there; later batches go to
 * whichever thread asks first.
 */
const LARGE: ContentFile[] = scaleContent(
  readContent(new URL('../../', import.meta.url).pathname).map((file) => ({
    path: file.path,
    text: file.text!,
  })),
  4,
);

const THREADS = { threads: 2, parallelFrom: 0 };

/** `LARGE` with the file at `path` changed by `edit`. */
function edited(path: string, edit: (text: string) => string): ContentFile[] {
  const at = LARGE.findIndex((file) => file.path === path);
  expect(at).toBeGreaterThan(-1);
  return LARGE.map((file, i) => (i === at ? { ...file, text: edit(file.text!) } : file));
}

describe('checkContentInParallel', () => {
  it('reports exactly what the one-thread check reports, places included', async () => {
    // Problems early and late in file order, so that both threads find some, including
    // problems found by the cross-entry rules, whose places are looked up after parsing.
    const competencies = LARGE.filter((file) => file.path.startsWith('content/competencies/'));
    const first = competencies[0]!.path;
    const last = competencies.at(-1)!.path;
    let files = edited(first, (text) => text.replace(/^domain: .*$/m, 'domain: no-such-domain'));
    const lastIndex = files.findIndex((file) => file.path === last);
    files = files.map((file, i) =>
      i === lastIndex
        ? {
            ...file,
            text: file
              .text!.replace(/^( {2}users): .*$/m, '$1: wizard')
              .replace(/^ {4}hours: .*$/m, '    hours: lots'),
          }
        : file,
    );

    const parallel = await checkContentInParallel(files, TODAY, THREADS);
    const single = checkContent(files, TODAY);
    expect(parallel.issues).toEqual(single.issues);
    expect(parallel.issues.map((issue) => `${issue.file}:${issue.code}`)).toEqual(
      expect.arrayContaining([`${first}:unknown-reference`, `${last}:invalid-value`]),
    );
    expect(parallel.issues.every((issue) => issue.line > 1)).toBe(true);
  });

  it('gives the same entries, in the same order, as the one-thread check', async () => {
    const parallel = await checkContentInParallel(LARGE, TODAY, THREADS);
    const single = checkContent(LARGE, TODAY);
    expect(parallel.issues).toEqual([]);
    const summary = (report: typeof single) =>
      Object.entries(report.entries).map(([name, list]) => [
        name,
        list.map(({ file, data, bodyText }) => ({ file, data, bodyText })),
      ]);
    expect(summary(parallel)).toEqual(summary(single));
    expect(parallel.settings).toEqual(single.settings);
    expect(parallel.fileCount).toBe(LARGE.length);
  });

  it('reports every overdue review with its place, as the one-thread check does', async () => {
    // Every entry overdue at once: the date check runs in each file's own check, where the
    // file's places are at hand, so a worker's files are not parsed again here to place them.
    const later = '2100-01-01';
    parsedHere.clear();
    const parallel = await checkContentInParallel(LARGE, later, THREADS);
    // This thread parsed only the files it checked itself: the worker's (the first batches,
    // the first competencies among them) are never read here.
    const entryFiles = LARGE.filter((file) => file.path.endsWith('.mdx'));
    const firstCompetency = entryFiles.find((file) => file.path.startsWith('content/competencies/'))!;
    expect(parsedHere.size).toBeGreaterThan(0);
    expect(parsedHere.size).toBeLessThan(entryFiles.length);
    expect(parsedHere.has(firstCompetency.path)).toBe(false);
    expect(parallel.issues).toEqual(checkContent(LARGE, later).issues);
    const overdue = parallel.issues.filter((issue) => issue.code === 'review-overdue');
    expect(overdue.length).toBe(Object.values(parallel.entries).flat().length);
    expect(overdue.every((issue) => issue.line > 1)).toBe(true);
    const worker = LARGE.find((file) => file.path.startsWith('content/competencies/'))!;
    expect(checkFile(worker, later).issues.map((issue) => issue.code)).toEqual(['review-overdue']);
  });

  it('finishes when there are more threads than batches of files', async () => {
    const few = LARGE.slice(0, 3);
    const report = await checkContentInParallel(few, TODAY, { threads: 8, parallelFrom: 0 });
    expect(report.issues).toEqual(checkContent(few, TODAY).issues);
  });
});
