import { NodeCompiler, type NodeError, type NodeTypstDocument } from '@myriaddreamin/typst-ts-node-compiler';
import { fontFiles } from './fonts.ts';

let compiler: NodeCompiler | undefined;

/**
 * The process's one Typst compiler, created with the fonts on first use and reused for every
 * document, so that a build, which makes dozens of PDFs, reads and parses the fonts once.
 */
export function sharedCompiler(): NodeCompiler {
  // The npm fonts are given first, so they win over any font of the same name on the machine;
  // documents name their fonts and disable fallback, so no other font is ever used.
  compiler ??= NodeCompiler.create({ fontArgs: [{ fontBlobs: fontFiles() }] });
  return compiler;
}

/**
 * Compiles a Typst document to a tagged PDF conforming to PDF/UA-1. Throws with Typst's
 * messages on any error or warning (an unknown font or a missing glyph is a warning in
 * Typst, but it would spoil the PDF), so a bad document never ships.
 */
export function compilePdf(markup: string): Uint8Array<ArrayBuffer> {
  const pdf = exportPdf(layOut(markup));
  // Keep memory flat across many documents: drop cached results not used recently.
  sharedCompiler().evictCache(10);
  return pdf;
}

/** Lays a Typst document out into pages (Typst's "compile"), failing on any error or warning. */
export function layOut(markup: string): NodeTypstDocument {
  const result = sharedCompiler().compile({ mainFileContent: markup });
  const problem = result.takeError() ?? result.takeWarnings();
  const document = result.result;
  if (problem || !document) throw new Error(`Typst could not compile the document:\n${describe(problem)}`);
  return document;
}

/** Writes a laid-out document as a tagged PDF conforming to PDF/UA-1. */
export function exportPdf(document: NodeTypstDocument): Uint8Array<ArrayBuffer> {
  return new Uint8Array(sharedCompiler().pdf(document, { pdfStandard: 'ua-1' }));
}

function describe(error: NodeError | null): string {
  if (!error) return '(no diagnostics)';
  return error.shortDiagnostics
    .map((d: { severity?: string; message?: string; hints?: string[] }) =>
      [
        `${d.severity ?? 'error'}: ${d.message ?? JSON.stringify(d)}`,
        ...(d.hints ?? []).map((h) => `  hint: ${h}`),
      ].join('\n'),
    )
    .join('\n');
}

/** Empties the compiler's cache, so the next compilation starts cold (for benchmarks). */
export function clearCompilerCache(): void {
  compiler?.evictCache(0);
}
