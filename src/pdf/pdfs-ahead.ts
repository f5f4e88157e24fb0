import { availableParallelism } from 'node:os';
import type { PdfCache } from './pdf-cache.ts';
import { PdfPool } from './pdf-pool.ts';
import type { TypstDocument } from './shared-parts.ts';

// Not exported from index.ts: the site's pages import that, and this module starts worker
// processes from a file beside it, which only works outside Astro's bundle (the build runs it
// through src/integration/syllabus-pdfs-ahead.ts).

/** Syllabus PDFs being compiled into a cache while the caller does other work. */
export interface PdfsAhead {
  /** Resolves once every PDF is in the cache or could not be made, with how many were compiled. */
  finished: Promise<number>;
  /** Stops the workers; PDFs not made by then are left for whoever needs them. */
  stop: () => Promise<void>;
}

/** Nothing to compile: every PDF is in the cache already. */
export const NOTHING_AHEAD: PdfsAhead = { finished: Promise.resolve(0), stop: async () => {} };

/**
 * Compiles the `documents` that `cache` does not have yet into it, on worker processes
 * (PdfPool), by default one fewer than the cores so that the caller keeps one: the build runs
 * this beside Astro, whose pages then find their PDFs in the cache. The pages ask for the
 * PDFs in `documents` order and compile any not there yet themselves, so this works from the
 * last one back and skips any the cache has by the time its turn comes: the two meet in the
 * middle instead of compiling the same PDFs. A PDF that fails here is left out: the page
 * that needs it compiles it and reports Typst's error in full.
 */
export function syllabusPdfsAhead(
  documents: readonly TypstDocument[],
  cache: PdfCache,
  workers = Math.max(1, availableParallelism() - 1),
  /** Starts the worker processes; tests pass one that counts the pools started. */
  startPool: (size: number) => Pick<PdfPool, 'compile' | 'close'> = (size) => new PdfPool(size),
): PdfsAhead {
  const missing = [...documents].reverse().filter((document) => !cache.has(document));
  if (missing.length === 0) return NOTHING_AHEAD;
  const loops = Math.min(workers, missing.length);
  const pool = startPool(loops);
  let next = 0;
  let stopped = false;
  // One loop per worker: take the next PDF, compile it unless a page has meanwhile, keep it.
  const work = async (): Promise<number> => {
    let compiled = 0;
    while (!stopped && next < missing.length) {
      const document = missing[next++]!;
      if (cache.has(document)) continue;
      try {
        cache.put(document, await pool.compile(document));
        compiled++;
      } catch {
        // Left for the page that needs it (see above).
      }
    }
    return compiled;
  };
  const finished = Promise.all(Array.from({ length: loops }, work)).then(async (counts) => {
    await pool.close();
    return counts.reduce((a, b) => a + b, 0);
  });
  const stop = async () => {
    stopped = true;
    await pool.close();
  };
  return { finished, stop };
}
