// A worker thread of checkContentInParallel (check-in-parallel.ts): checks each batch of
// content files it is sent, each file on its own, and sends back the results without the
// functions that cannot travel between threads.
import { parentPort } from 'node:worker_threads';
import { checkFile } from './check-file.ts';
import { withoutLocate, type Batch, type BatchResult } from './check-in-parallel.ts';

const port = parentPort;
if (!port) throw new Error('check-worker.ts runs as a worker thread of checkContentInParallel.');
port.on('message', ({ start, files, today }: Batch) => {
  const reply: BatchResult = { start, results: files.map((file) => withoutLocate(checkFile(file, today))) };
  port.postMessage(reply);
});
