import { createHash } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  existsSync,
  fstatSync,
  openSync,
  readSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { compilePdf, compilerIdentity } from './compile.ts';
import type { TypstDocument } from './shared-parts.ts';

/** How many PDFs a cache keeps by default, the ones used longest ago going first: a build uses 62, and two builds for different addresses (the browser tests build under a sub-path too) use 124. */
const KEEP = 150;

/**
 * PDFs on disk, named by what they are made from: the whole document (main file and parts)
 * and the compiler's identity (its version, the PDF standard and the fonts). A PDF is taken
 * from the cache only when all of that is the same, and then it is the very bytes the
 * compiler would make again, so a rebuild compiles only the syllabi whose content changed.
 * Safe for several builds at once: a PDF is written under a temporary name and renamed.
 */
export class PdfCache {
  readonly folder: string;
  private readonly keep: number;

  constructor(folder: string, keep = KEEP) {
    this.folder = folder;
    this.keep = keep;
  }

  /** The PDF made from `document` before, if the cache still has it. */
  get(document: TypstDocument): Uint8Array<ArrayBuffer> | undefined {
    const file = this.fileOf(document);
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      return undefined;
    }
    if (!isWholePdf(bytes)) return undefined;
    touch(file);
    return new Uint8Array(bytes);
  }

  /** Whether the cache has the PDF made from `document` (without reading it). */
  has(document: TypstDocument): boolean {
    return existsSync(this.fileOf(document));
  }

  /** Keeps the PDF made from `document`; anything that is not a whole PDF is not kept. */
  put(document: TypstDocument, pdf: Uint8Array): void {
    if (!isWholePdf(Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength))) return;
    mkdirSync(this.folder, { recursive: true });
    const file = this.fileOf(document);
    const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(temporary, pdf);
    renameSync(temporary, file);
    this.prune();
  }

  /** The PDF of `document`: from the cache, or compiled (with `compile`) and kept. */
  pdf(document: TypstDocument, compile = compilePdf): Uint8Array<ArrayBuffer> {
    const cached = this.get(document);
    if (cached) return cached;
    const pdf = compile(document);
    try {
      this.put(document, pdf);
    } catch {
      // A cache that cannot be written (a read-only node_modules/) only costs time.
    }
    return pdf;
  }

  /** The size in bytes of the PDF of `document`, compiled and kept first when the cache does not have it. */
  size(document: TypstDocument): number {
    try {
      const file = this.fileOf(document);
      if (isWholePdfFile(file)) return statSync(file).size;
    } catch {
      // Not in the cache: made below.
    }
    return this.pdf(document).byteLength;
  }

  /**
   * Writes the PDF of `document` to `destination`: copied from the cache (the bytes as they
   * are, without reading them into memory), or compiled and kept first when it is not there.
   */
  copyTo(document: TypstDocument, destination: string): void {
    const file = this.fileOf(document);
    try {
      if (isWholePdfFile(file)) {
        copyFileSync(file, destination);
        touch(file);
        return;
      }
    } catch {
      // Not in the cache (or removed meanwhile): made below.
    }
    writeFileSync(destination, this.pdf(document));
  }

  private fileOf(document: TypstDocument): string {
    return join(this.folder, `${pdfKey(document)}.pdf`);
  }

  private prune(): void {
    const names = readdirSync(this.folder).filter((name) => name.endsWith('.pdf'));
    if (names.length <= this.keep) return;
    const used = (name: string) => {
      try {
        return statSync(join(this.folder, name)).mtimeMs;
      } catch {
        return 0; // Removed meanwhile by another build.
      }
    };
    const oldestFirst = names.map((name) => ({ name, used: used(name) })).sort((a, b) => a.used - b.used);
    for (const { name } of oldestFirst.slice(0, names.length - this.keep)) {
      rmSync(join(this.folder, name), { force: true });
    }
  }
}

/**
 * Marks a cached PDF as just used, so that pruning, which removes the PDFs used longest ago,
 * keeps those the latest build took from the cache.
 */
function touch(file: string): void {
  try {
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    // Removed meanwhile by another build's pruning: what was read or copied is still good.
  }
}

/** The name of what `document` compiles to: a hash of the document and the compiler's identity. */
export function pdfKey(document: TypstDocument): string {
  const hash = createHash('sha256').update(compilerIdentity()).update('\0').update(document.main);
  for (const path of Object.keys(document.files).sort()) {
    hash.update('\0').update(path).update('\0').update(document.files[path]!);
  }
  return hash.digest('hex');
}

/** The same test as {@link isWholePdf}, on a file, reading only its first and last bytes. */
function isWholePdfFile(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const head = Buffer.alloc(5);
    const tail = Buffer.alloc(Math.min(8, size));
    readSync(fd, head, 0, 5, 0);
    readSync(fd, tail, 0, tail.length, Math.max(0, size - tail.length));
    return isWholePdf(Buffer.concat([head, tail]));
  } finally {
    closeSync(fd);
  }
}

/** A PDF that was written out in full: it starts with its header and ends with its end marker. */
function isWholePdf(bytes: Buffer): boolean {
  return (
    bytes.subarray(0, 5).toString('latin1') === '%PDF-' &&
    bytes.subarray(-8).toString('latin1').trimEnd().endsWith('%%EOF')
  );
}
