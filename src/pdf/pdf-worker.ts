// A worker process of PdfPool (pdf-pool.ts): compiles the Typst documents it is sent with its
// own compiler and sends back each PDF's bytes or the error's message.
import { compilePdf } from './compile.ts';
import type { PdfJob, PdfReply } from './pdf-pool.ts';

const send = process.send?.bind(process);
if (!send) throw new Error('pdf-worker.ts runs as a worker process of PdfPool.');

process.on('message', ({ id, document }: PdfJob) => {
  let reply: PdfReply;
  try {
    reply = { id, pdf: compilePdf(document) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  send(reply);
});
