import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compilePdf, PdfCache, type TypstDocument } from '../../src/pdf/index.ts';
import { pdfKey } from '../../src/pdf/pdf-cache.ts';

const DOCUMENT: TypstDocument = {
  main: '#include "/parts/a.typ"\nHello',
  files: { '/parts/a.typ': 'Part A' },
};

/** Stands in for the compiler: a small whole PDF that names its document. */
const fakeCompile = vi.fn((document: TypstDocument) =>
  new TextEncoder().encode(`%PDF-1.7\n${document.main}\n%%EOF\n`),
);

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'pdf-cache-'));
  fakeCompile.mockClear();
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('PdfCache', () => {
  it('compiles a document once and then gives back the same bytes, in this and later builds', () => {
    const first = new PdfCache(folder).pdf(DOCUMENT, fakeCompile);
    const again = new PdfCache(folder).pdf(DOCUMENT, fakeCompile);
    expect(fakeCompile).toHaveBeenCalledTimes(1);
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
  });

  it('compiles again when the main file or any part changes', () => {
    const cache = new PdfCache(folder);
    cache.pdf(DOCUMENT, fakeCompile);
    cache.pdf({ ...DOCUMENT, main: `${DOCUMENT.main}!` }, fakeCompile);
    cache.pdf({ ...DOCUMENT, files: { '/parts/a.typ': 'Part A, revised' } }, fakeCompile);
    cache.pdf({ ...DOCUMENT, files: { ...DOCUMENT.files, '/parts/b.typ': 'Part B' } }, fakeCompile);
    expect(fakeCompile).toHaveBeenCalledTimes(4);
  });

  it('names a PDF by its document whatever the order of the parts', () => {
    const reordered = { main: DOCUMENT.main, files: { '/parts/b.typ': 'B', '/parts/a.typ': 'Part A' } };
    const ordered = { main: DOCUMENT.main, files: { '/parts/a.typ': 'Part A', '/parts/b.typ': 'B' } };
    expect(pdfKey(reordered)).toBe(pdfKey(ordered));
    expect(pdfKey(ordered)).not.toBe(pdfKey(DOCUMENT));
  });

  it('compiles again when the kept file is not a whole PDF (cut short, or not a PDF)', () => {
    const cache = new PdfCache(folder);
    cache.pdf(DOCUMENT, fakeCompile);
    const [name] = readdirSync(folder);
    writeFileSync(join(folder, name!), '%PDF-1.7\nhalf a PDF');
    const pdf = cache.pdf(DOCUMENT, fakeCompile);
    expect(fakeCompile).toHaveBeenCalledTimes(2);
    expect(new TextDecoder().decode(pdf)).toMatch(/%%EOF\n$/);
  });

  it('does not keep anything that is not a whole PDF', () => {
    const cache = new PdfCache(folder);
    cache.put(DOCUMENT, new TextEncoder().encode('not a PDF'));
    expect(cache.get(DOCUMENT)).toBeUndefined();
  });

  it('keeps only the most recently used PDFs', () => {
    const cache = new PdfCache(folder, 2);
    const documents = ['one', 'two', 'three'].map((main) => ({ main, files: {} }));
    const [one, two, three] = documents as [TypstDocument, TypstDocument, TypstDocument];
    cache.pdf(one, fakeCompile);
    cache.pdf(two, fakeCompile);
    // `one` was used longest ago: make that unmistakable, whatever the file system's clock resolution.
    const old = new Date(Date.now() - 60_000);
    utimesSync(join(folder, `${pdfKey(one)}.pdf`), old, old);
    cache.pdf(three, fakeCompile);
    expect(readdirSync(folder).sort()).toEqual([`${pdfKey(three)}.pdf`, `${pdfKey(two)}.pdf`].sort());
  });

  it('counts a PDF copied out of the cache as used, so pruning keeps it', () => {
    const cache = new PdfCache(folder, 2);
    const [one, two, three] = ['one', 'two', 'three'].map((main) => ({ main, files: {} })) as [
      TypstDocument,
      TypstDocument,
      TypstDocument,
    ];
    cache.pdf(one, fakeCompile);
    cache.pdf(two, fakeCompile);
    const [older, old] = [new Date(Date.now() - 60_000), new Date(Date.now() - 30_000)];
    utimesSync(join(folder, `${pdfKey(one)}.pdf`), older, older);
    utimesSync(join(folder, `${pdfKey(two)}.pdf`), old, old);
    // A build takes `one` from the cache: it is now the most recently used.
    cache.copyTo(one, join(folder, 'copied.out'));
    cache.pdf(three, fakeCompile);
    expect(
      readdirSync(folder)
        .filter((f) => f.endsWith('.pdf'))
        .sort(),
    ).toEqual([`${pdfKey(one)}.pdf`, `${pdfKey(three)}.pdf`].sort());
  });

  it('gives back exactly what the compiler makes for a real document', () => {
    const document: TypstDocument = { main: '#set document(title: [Cache]);\n= Cache\nText.', files: {} };
    const cache = new PdfCache(folder);
    const compiled = cache.pdf(document);
    expect(Buffer.from(cache.pdf(document)).equals(Buffer.from(compiled))).toBe(true);
    expect(Buffer.from(compiled).equals(Buffer.from(compilePdf(document)))).toBe(true);
  });
});
