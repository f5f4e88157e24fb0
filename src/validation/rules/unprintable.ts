import { DELIVERY_GUIDES } from '../../framework/syllabus.ts';
import { issueAt } from '../issue.ts';
import { FRAMEWORK_FILE } from '../content-file.ts';
import type { Issue } from '../issue.ts';
import { pdfCanPrint } from '../pdf-font.ts';
import { describeCharacter } from '../quote.ts';

/** Characters that print nothing (zero-width space, soft hyphen, direction marks, variation selectors): no glyph needed. */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cc}]/u;
const MAX_LISTED = 5;

/**
 * Whether a content file's text goes into the syllabus PDFs: every collection except the
 * guide, the guide pages on delivery, and framework.yaml (the cover).
 */
export function goesIntoPdfs(path: string): boolean {
  if (path === FRAMEWORK_FILE) return true;
  if (!path.startsWith('content/guide/')) return path.startsWith('content/');
  return DELIVERY_GUIDES.some((id) => path === `content/guide/${id}.mdx`);
}

/**
 * One issue per line holding characters the PDF font cannot print (emoji, non-Latin
 * scripts); the PDF build would otherwise stop with a font error that names no file.
 */
export function unprintableIssues(
  file: string,
  text: string,
  canPrint: (codePoint: number) => boolean = pdfCanPrint,
): Issue[] {
  // Plain ASCII, most files: the font has all of it, so the font need not even be loaded.
  if (/^[\x00-\x7f]*$/.test(text)) return [];
  return text.split('\n').flatMap((line, index) => {
    const missing: string[] = [];
    let column = 0;
    let first = 0;
    // The PDF composes "e" + combining accent into "é", so check the composed form.
    for (const char of line.normalize('NFC')) {
      const start = column + 1;
      column += char.length;
      if (char <= '\x7f' || INVISIBLE.test(char) || canPrint(char.codePointAt(0)!)) continue;
      if (!missing.includes(char)) missing.push(char);
      first ||= start;
    }
    if (missing.length === 0) return [];
    const listed = missing.slice(0, MAX_LISTED).map(describeCharacter);
    const more = missing.length > MAX_LISTED ? ` and ${missing.length - MAX_LISTED} more` : '';
    return [
      issueAt(
        'unprintable-character',
        { file, line: index + 1, column: first },
        `The syllabus PDFs cannot print ${listed.join(', ')}${more}: their font has no such character.`,
      ),
    ];
  });
}
