import { create, type Font } from 'fontkitten';
import { BODY_FONT, fontFiles } from '../pdf/fonts.ts';

let printable: Set<number> | undefined;

/**
 * Whether the syllabus PDFs can print a character. They are tagged PDF/UA, which refuses any
 * character the font cannot show, and use no fallback font: so a character is printable when
 * every face (regular, italic, bold, bold italic) of the body font has it. Read from the same
 * font files the PDFs embed, once.
 */
export function pdfCanPrint(codePoint: number): boolean {
  printable ??= bodyFontCoverage();
  return printable.has(codePoint);
}

function bodyFontCoverage(): Set<number> {
  const faces = fontFiles()
    .map((bytes) => create(bytes))
    .filter((font): font is Font => 'familyName' in font && font.familyName === BODY_FONT)
    .map((font) => new Set(font.characterSet));
  const [first = new Set<number>(), ...others] = faces;
  return new Set([...first].filter((codePoint) => others.every((face) => face.has(codePoint))));
}
