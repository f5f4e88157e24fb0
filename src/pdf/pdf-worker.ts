// A worker process of PdfPool (pdf-pool.ts): compiles the Typst documents it is sent with its
// own compiler and sends back each PDF's bytes or the error's message.
import { compilePdf } from './compile.ts';
import type { PdfReply } from './pdf-pool.ts';
import type { TypstDocument } from './shared-parts.ts';

const send = process.send?.bind(process);
if (!send) throw new Error('pdf-worker.ts runs as a worker process of PdfPool.');

// When PdfPool's process goes away (a build stopped early), stop too, instead of failing to
// send an answer nobody is waiting for.
process.on('disconnect', () => process.exit(0));

process.on('message', (document: TypstDocument) => {
  let reply: PdfReply;
  try {
    reply = { pdf: compilePdf(document) };
  } catch (error) {
    reply = { error: error instanceof Error ? error.message : String(error) };
  }
  send(reply, undefined, {}, (error) => {
    if (error) process.exit(0);
  });
});
