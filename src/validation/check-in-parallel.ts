import { availableParallelism } from 'node:os';
import { setImmediate } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { checkContent, combineResults, type Report } from './check-content.ts';
import { checkFile, type FileResult } from './check-file.ts';
import type { ContentFile } from './content-file.ts';
import { parseEntry } from './parse-entry.ts';
import type { CheckedEntry } from './rules/index.ts';

/**
 * Below this many files, starting a thread (which loads the schemas and parsers again, about
 * 0.4 s here) costs more than it saves: the real framework (about 120 files) and ten times it
 * check faster on one thread.
 */
const PARALLEL_FROM = 2000;

/** The longest batch of files handed out at once; shorter batches let a thread that finishes early take more. */
const BATCH = 250;

export interface ParallelOptions {
  /** Threads to use, this one included; by default one per core. */
  threads?: number;
  /** The fewest files worth starting threads for. */
  parallelFrom?: number;
}

/** Consecutive files for a worker: `files[0]` is the content's file number `start`. */
export interface Batch {
  start: number;
  files: ContentFile[];
  /** Today's date, YYYY-MM-DD, for the review dates (see checkFile). */
  today: string;
}

/** A worker's results for the batch that began at `start`, in the same order. */
export interface BatchResult {
  start: number;
  results: SentResult[];
}

/** A file's result as it travels from a worker thread: an entry without its `locate`. */
export type SentResult = Omit<FileResult, 'entry'> & { entry?: Omit<CheckedEntry, 'locate'> };

/**
 * The same report as {@link checkContent}, with the files' own checks (reading YAML and MDX,
 * most of the time a large framework takes) shared out in batches between this thread and a
 * worker thread for each further core. The cross-entry rules then run here on all the results,
 * in file order, so the report does not depend on which thread checked which file.
 */
export async function checkContentInParallel(
  files: readonly ContentFile[],
  today: string,
  { threads = availableParallelism(), parallelFrom = PARALLEL_FROM }: ParallelOptions = {},
): Promise<Report> {
  if (threads < 2 || files.length < parallelFrom) return checkContent(files, today);
  const results = new Array<FileResult>(files.length);
  const size = Math.max(1, Math.min(BATCH, Math.ceil(files.length / (threads * 4))));
  let next = 0;
  const take = (): Batch | undefined => {
    if (next >= files.length) return undefined;
    const start = next;
    next = Math.min(files.length, next + size);
    return { start, files: files.slice(start, next), today };
  };
  const workers = Array.from({ length: threads - 1 }, () =>
    inWorker(take, ({ start, results: sent }) =>
      sent.forEach((result, i) => (results[start + i] = withLocate(result, files[start + i]!))),
    ),
  );
  for (let batch = take(); batch; batch = take()) {
    batch.files.forEach((file, i) => (results[batch!.start + i] = checkFile(file, today)));
    // Let the workers' results in, and hand them their next batch, before taking another.
    await setImmediate();
  }
  await Promise.all(workers);
  return combineResults(files, results);
}

/** A result a worker can send: `locate` is a function over the parsed file, which stays behind. */
export function withoutLocate(result: FileResult): SentResult {
  if (!result.entry) return result;
  const { locate: _, ...entry } = result.entry;
  return { ...result, entry };
}

/**
 * A result from a worker, with a `locate` that reads the file again on this thread the first
 * time a problem needs a place (rare: most files have none).
 */
function withLocate(result: SentResult, file: ContentFile): FileResult {
  if (!result.entry) return result as FileResult;
  let locate: CheckedEntry['locate'] | undefined;
  const entry = {
    ...result.entry,
    locate: (path, options) => (locate ??= parseEntry(file.path, file.text!).locate)(path, options),
  } as CheckedEntry;
  return { ...result, entry };
}

/** A worker thread that checks batches from `take` until there are none left. */
function inWorker(take: () => Batch | undefined, receive: (result: BatchResult) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./check-worker.ts', import.meta.url));
    let sent = 0;
    const send = () => {
      const batch = take();
      if (batch) {
        worker.postMessage(batch);
        sent++;
      }
    };
    worker.on('message', (result: BatchResult) => {
      receive(result);
      sent--;
      send();
      if (sent === 0) {
        worker.removeAllListeners('exit');
        void worker.terminate().then(() => resolve());
      }
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`A content-check thread stopped (exit code ${code}).`)));
    // Two batches in hand, so the worker never waits for this thread to hand it the next.
    send();
    send();
    // Nothing left for it (more threads than batches): it has nothing to answer.
    if (sent === 0) {
      worker.removeAllListeners('exit');
      void worker.terminate().then(() => resolve());
    }
  });
}
