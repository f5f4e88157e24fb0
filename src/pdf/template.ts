import { typstString } from './escape.ts';
import { BODY_FONT, MONO_FONT } from './fonts.ts';
import { paragraphs } from './markup.ts';
import { SharedParts, type TypstDocument } from './shared-parts.ts';

/** What a document says about itself: its metadata (`set document`) and its footer lines. */
export interface DocumentInfo {
  title: string;
  author: string;
  keywords: string[];
  /** `YYYY-MM-DD`: the document date, from content, never the clock, so builds are identical. */
  date: string;
  /** Left-hand footer lines, as plain text. */
  footer: string[];
  /**
   * Short documents (the learner's edition): top-level sections follow on instead of starting
   * a new page, and text and spacing are a little tighter, so that a learner's syllabus stays short.
   */
  compact: boolean;
}

const ACCENT = 'rgb("#1f3f77")';
// The footer's page-number column has one width on every page: room for "Page 888 of 888" in
// the body font at the footer's size. Sized to each page's own number (an `auto` column), the
// rest of the footer would differ from page to page, so Typst would lay its lines out again on
// every page (a sixth of a syllabus's layout work); at one width it lays them out once.
const PAGE_LABEL_WIDTH = '7.6em';
const LINK = 'rgb("#1d4ed8")';
const FOOTER_LABEL = 'document-footer';

/**
 * The page and text styles of every document, as a Typst function to apply with `show:`: A4
 * pages with a footer showing the document's footer lines (from the `document-footer`
 * metadata) and "Page N of M" on every page after the cover, fonts from npm with fallback off,
 * and heading, title, list, table and link styles; top-level headings start a new page, and a
 * `compact` document (a short one) is set a little tighter and flows on instead. It is the same text for every document and
 * lives in a shared part, so that content styled by it is the same content in every document
 * (see shared-parts.ts).
 */
const DOCUMENT_STYLE = `#let document-style(compact: false, body) = {
  set text(font: ${typstString(BODY_FONT)}, size: if compact { 10pt } else { 11pt }, lang: "en", region: "GB", fallback: false)
  show raw: set text(font: ${typstString(MONO_FONT)}, size: 10pt)
  set par(leading: if compact { 0.65em } else { 0.8em }, spacing: if compact { 0.95em } else { 1.3em }, justify: false)
  set page(
    paper: "a4",
    margin: if compact { (x: 1.9cm, top: 1.7cm, bottom: 2.5cm) } else { (x: 2.3cm, top: 2.2cm, bottom: 3cm) },
    numbering: "1",
    footer: context {
      let n = counter(page).get().first()
      if n > 1 {
        set text(size: 8.5pt, fill: luma(70))
        set par(leading: 0.5em)
        line(length: 100%, stroke: 0.4pt + luma(150))
        grid(
          columns: (1fr, ${PAGE_LABEL_WIDTH}),
          column-gutter: 1em,
          query(<${FOOTER_LABEL}>).first().value.join(linebreak()),
          align(right)[Page #n of #counter(page).final().first()],
        )
      }
    },
  )
  set heading(numbering: none)
  show heading: set text(fill: ${ACCENT})
  show heading: set block(above: if compact { 1.2em } else { 1.6em }, below: if compact { 0.6em } else { 0.8em }, sticky: true)
  show heading: set par(leading: 0.45em)
  show title: set par(leading: 0.35em)
  show title: set text(size: 30pt, fill: ${ACCENT})
  show heading.where(level: 1): set text(size: if compact { 16pt } else { 20pt })
  show heading.where(level: 1): it => { if not compact { pagebreak(weak: true) }; it }
  show heading.where(level: 2): set text(size: if compact { 11.5pt } else { 14pt })
  show heading.where(level: 3): set text(size: 12pt)
  show link: set text(fill: ${LINK})
  show link: underline
  set list(indent: 0.4em, spacing: if compact { 0.55em } else { 0.8em })
  set enum(indent: 0.4em, spacing: if compact { 0.55em } else { 0.8em })
  set table(stroke: 0.5pt + luma(140), inset: 6pt)
  show table.cell.where(y: 0): set text(weight: "bold")
  show outline.entry.where(level: 1): set block(above: 1em)
  body
}
`;

/**
 * A complete Typst document: the shared style, the footer lines, the body that `body` makes
 * (putting what other documents share into `parts`), and the metadata: title, author,
 * keywords and date (the language, en-GB, is set by the shared style). The metadata comes
 * last, so that, like the footer, it is not part of the body's styles and the body stays the
 * same content from one document to the next.
 */
export function typstDocument(info: DocumentInfo, body: (parts: SharedParts) => string): TypstDocument {
  const parts = new SharedParts();
  const style = parts.file(DOCUMENT_STYLE);
  const [year, month, day] = info.date.split('-').map(Number);
  return parts.document(
    paragraphs([
      `#import ${typstString(style)}: document-style\n#show: document-style.with(compact: ${info.compact})`,
      `#metadata(${typstArray(info.footer)}) <${FOOTER_LABEL}>`,
      body(parts),
      `#set document(
  title: ${typstString(info.title)},
  author: ${typstString(info.author)},
  keywords: ${typstArray(info.keywords)},
  date: datetime(year: ${year}, month: ${month}, day: ${day}),
)`,
    ]),
  );
}

/** Strings as a Typst array literal: `()`, `("a",)`, `("a", "b")`. */
function typstArray(items: readonly string[]): string {
  return `(${items.map(typstString).join(', ')}${items.length === 1 ? ',' : ''})`;
}
