import { createHash } from 'node:crypto';
import { BoundedMemo } from '../markdown/bounded-memo.ts';
import { typstString } from './escape.ts';

/** A Typst document as the compiler gets it: the main file and the files it includes. */
export interface TypstDocument {
  /** The main file's markup. */
  main: string;
  /** The files the main file includes or imports, by absolute path in the Typst project. */
  files: Readonly<Record<string, string>>;
}

/** Folder of the Typst project that holds the shared parts. */
const PARTS_FOLDER = '/parts';

// The name of each part's markup, remembered: every syllabus has mostly the same parts, and
// hashing them again for each one was about a third of the time a large framework's documents
// took to put together.
const names = new BoundedMemo<string>(20_000);

/** A part's file name: a hash of its markup, so the same markup always has the same name. */
function partName(markup: string): string {
  return names.get(markup, () => createHash('sha256').update(markup).digest('hex').slice(0, 32));
}

/**
 * Collects the markup that many documents share, each piece in a file of its own named by its
 * content, while one document is put together.
 *
 * Why: Typst remembers laid-out paragraphs, lists and headings from one compilation to the
 * next, but it tells content apart by where its source is, the file and the position in it.
 * A competency written into each syllabus's main file is, to Typst, new text in every
 * syllabus, laid out (shaped, kerned, broken into lines) again for each of the 31. Written
 * once into its own file and included, it is the same content in every syllabus, so a build
 * lays it out once and reuses it (see compile.ts, which keeps one compiler per process).
 *
 * Only markup that reads the same wherever it appears belongs in a part: what varies from one
 * document to another (levels, counts, numbering) stays in the main file. Set and show rules
 * must come from a part too (see template.ts): content styled by a rule written in the main
 * file is different content in every document.
 */
export class SharedParts {
  private readonly files: Record<string, string> = {};

  /** Puts markup in a file of its own and returns the file's path. */
  file(markup: string): string {
    const path = `${PARTS_FOLDER}/${partName(markup)}.typ`;
    this.files[path] = markup;
    return path;
  }

  /** Puts markup in a file of its own and returns the markup that includes it in its place. */
  include(markup: string): string {
    if (markup.trim() === '') return '';
    // The semicolon ends the embedded expression, so what follows can never continue it.
    return `#include ${typstString(this.file(markup))};`;
  }

  /** The document: the main file's markup, with the parts collected so far. */
  document(main: string): TypstDocument {
    return { main, files: { ...this.files } };
  }
}
