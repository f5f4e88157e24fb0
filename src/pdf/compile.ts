import { NodeCompiler, type NodeError, type NodeTypstDocument } from '@myriaddreamin/typst-ts-node-compiler';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { fontFiles } from './fonts.ts';
import type { TypstDocument } from './shared-parts.ts';

// The Typst project's root: a folder that exists nowhere. Documents can include only the files
// they bring with them (see provide), never a file from disk.
const PROJECT_ROOT = '/typst-documents';

let compiler: NodeCompiler | undefined;
// The files given to the compiler, by path. Shared parts are named by their content
// (shared-parts.ts), so each is given once; a path given again with other text replaces it.
const provided = new Map<string, string>();

/**
 * The process's one Typst compiler, created with the fonts on first use and reused for every
 * document, so that a build, which makes dozens of PDFs, reads and parses the fonts once.
 */
export function sharedCompiler(): NodeCompiler {
  // The npm fonts are given first, so they win over any font of the same name on the machine;
  // documents name their fonts and disable fallback, so no other font is ever used.
  compiler ??= NodeCompiler.create({ workspace: PROJECT_ROOT, fontArgs: [{ fontBlobs: fontFiles() }] });
  return compiler;
}

/**
 * Compiles a Typst document to a tagged PDF conforming to PDF/UA-1. Throws with Typst's
 * messages on any error or warning (an unknown font or a missing glyph is a warning in
 * Typst, but it would spoil the PDF), so a bad document never ships.
 */
export function compilePdf(document: TypstDocument): Uint8Array<ArrayBuffer> {
  const pdf = exportPdf(layOut(document));
  tidyCompilerCache();
  return pdf;
}

/**
 * Keeps memory flat across many documents: drops the compiler's cached results not used in
 * the last few compilations. `compilePdf` calls it after each PDF.
 */
function tidyCompilerCache(): void {
  sharedCompiler().evictCache(10);
}

/** Lays a Typst document out into pages (Typst's "compile"), failing on any error or warning. */
function layOut(source: TypstDocument): NodeTypstDocument {
  provide(source.files);
  const result = sharedCompiler().compile({ mainFileContent: source.main });
  const problem = result.takeError() ?? result.takeWarnings();
  const document = result.result;
  if (problem || !document) throw new Error(`Typst could not compile the document:\n${describe(problem)}`);
  return document;
}

/** The PDF standard every document is exported to. */
const PDF_STANDARD = 'ua-1';

/** Writes a laid-out document as a tagged PDF conforming to PDF/UA-1. */
function exportPdf(document: NodeTypstDocument): Uint8Array<ArrayBuffer> {
  return new Uint8Array(sharedCompiler().pdf(document, { pdfStandard: PDF_STANDARD }));
}

let identity: string | undefined;

/**
 * Everything besides the document that decides a PDF's bytes: the compiler's version, the
 * export standard and the fonts. The same document and the same identity give the same PDF
 * (pdf-cache.ts relies on it).
 */
export function compilerIdentity(): string {
  if (!identity) {
    const { version } = createRequire(import.meta.url)(
      '@myriaddreamin/typst-ts-node-compiler/package.json',
    ) as {
      version: string;
    };
    const fonts = createHash('sha256');
    for (const font of fontFiles()) fonts.update(font);
    identity = `typst-ts-node-compiler ${version}; pdf ${PDF_STANDARD}; fonts ${fonts.digest('hex')}`;
  }
  return identity;
}

/** Gives the compiler the files it does not have yet. */
function provide(files: TypstDocument['files']): void {
  for (const [path, source] of Object.entries(files)) {
    if (provided.get(path) === source) continue;
    sharedCompiler().addSource(`${PROJECT_ROOT}${path}`, source);
    provided.set(path, source);
  }
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
