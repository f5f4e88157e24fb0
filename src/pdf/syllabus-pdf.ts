import type { Syllabus, SyllabusEdition } from '../framework/index.ts';
import { compilePdf } from './compile.ts';
import { syllabusToTypst } from './syllabus-to-typst.ts';

/** One edition of a syllabus as an accessible (PDF/UA-1) PDF. The same syllabus always gives the same bytes. */
export function syllabusPdf(s: Syllabus, edition: SyllabusEdition): Uint8Array<ArrayBuffer> {
  return compilePdf(syllabusToTypst(s, edition));
}
