import { fork, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import type { TypstDocument } from './shared-parts.ts';

/**
 * A worker's answer to the document it was sent: the PDF, or why Typst could not make it. A
 * worker compiles one document at a time, so an answer belongs to the last document it got.
 */
export type PdfReply = { pdf: Uint8Array<ArrayBuffer> } | { error: string };

interface Pending {
  document: TypstDocument;
  resolve: (pdf: Uint8Array<ArrayBuffer>) => void;
  reject: (error: Error) => void;
}

/**
 * Worker processes that compile Typst documents to PDF in parallel, each with its own
 * compiler and fonts (see compile.ts), for many PDFs at once. The PDFs are the same bytes
 * `compilePdf` makes.
 *
 * Processes rather than worker threads: Typst lays pages out on a thread pool that belongs to
 * the process, so worker threads in one process queue up for the same pool and end up no
 * faster than one thread. Each worker process lays out on one thread of its own
 * (`RAYON_NUM_THREADS=1`), which wastes nothing on waiting threads, so two of them on two
 * cores finish a batch sooner than one process laying out each PDF on both.
 * Call {@link close} when done, or the workers keep the process alive.
 */
export class PdfPool {
  private readonly idle: ChildProcess[] = [];
  private readonly queue: Pending[] = [];
  private readonly running = new Map<ChildProcess, Pending>();

  /** Starts `size` worker processes (by default one per core). */
  constructor(size = availableParallelism()) {
    for (let i = 0; i < Math.max(1, size); i++) {
      const worker = fork(new URL('./pdf-worker.ts', import.meta.url), {
        // Structured clone, so a PDF travels as bytes rather than as JSON.
        serialization: 'advanced',
        env: { ...process.env, RAYON_NUM_THREADS: '1' },
        execArgv: [],
      });
      worker.on('message', (reply: PdfReply) => this.settle(worker, reply));
      worker.on('exit', (code, signal) =>
        this.fail(worker, new Error(`A PDF worker stopped (${signal ?? code}).`)),
      );
      // A worker that could not start, or could not be sent a document, is given up like one that stopped.
      worker.on('error', (error) => {
        this.fail(worker, error);
        worker.kill();
      });
      this.idle.push(worker);
    }
  }

  /** Compiles one Typst document to PDF/UA-1 on the next free worker. */
  compile(document: TypstDocument): Promise<Uint8Array<ArrayBuffer>> {
    return new Promise((resolve, reject) => {
      this.queue.push({ document, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops the workers; documents not yet compiled are rejected. */
  async close(): Promise<void> {
    const workers = [...this.idle, ...this.running.keys()];
    this.idle.length = 0;
    const stopped = workers
      .filter((worker) => worker.exitCode === null && worker.signalCode === null)
      .map((worker) => new Promise((resolve) => worker.once('exit', resolve)));
    for (const worker of workers) worker.kill();
    await Promise.all(stopped);
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const pending = this.queue.shift()!;
      this.running.set(worker, pending);
      worker.send(pending.document);
    }
  }

  private settle(worker: ChildProcess, reply: PdfReply): void {
    const pending = this.running.get(worker);
    this.running.delete(worker);
    this.idle.push(worker);
    if ('pdf' in reply) pending?.resolve(reply.pdf);
    else pending?.reject(new Error(reply.error));
    this.dispatch();
  }

  // A worker that stops (crashed, killed, or closed) is not used again; the documents waiting
  // fail when no worker is left to take them.
  private fail(worker: ChildProcess, error: Error): void {
    this.running.get(worker)?.reject(error);
    this.running.delete(worker);
    const index = this.idle.indexOf(worker);
    if (index >= 0) this.idle.splice(index, 1);
    if (this.idle.length === 0 && this.running.size === 0) {
      for (const pending of this.queue.splice(0)) pending.reject(error);
    }
  }
}

/** Compiles Typst documents to PDFs on `workers` processes; the PDFs come back in order. */
export async function compilePdfs(
  documents: readonly TypstDocument[],
  workers = availableParallelism(),
): Promise<Uint8Array<ArrayBuffer>[]> {
  if (documents.length === 0) return [];
  const pool = new PdfPool(Math.min(workers, documents.length));
  try {
    return await Promise.all(documents.map((document) => pool.compile(document)));
  } finally {
    await pool.close();
  }
}
