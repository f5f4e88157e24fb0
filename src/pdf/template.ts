import { escapeText, typstString } from './escape.ts';
import { BODY_FONT, MONO_FONT } from './fonts.ts';

/** What the document settings need to know about the document. */
export interface DocumentInfo {
  title: string;
  author: string;
  keywords: string[];
  /** `YYYY-MM-DD`: the document date, from content, never the clock, so builds are identical. */
  date: string;
  /** Left-hand footer lines, as plain text. */
  footer: string[];
}

const ACCENT = 'rgb("#1f3f77")';
// The footer's page-number column has one width on every page: room for "Page 888 of 888" in
// the body font at the footer's size. Sized to each page's own number (an `auto` column), the
// rest of the footer would differ from page to page, so Typst would lay its lines out again on
// every page (a sixth of a syllabus's layout work); at one width it lays them out once.
const PAGE_LABEL_WIDTH = '7.6em';
const LINK = 'rgb("#1d4ed8")';

/**
 * The settings and styles of a document: metadata (title, author, date, en-GB), A4 pages
 * with a footer showing `footer` and "Page N of M" on every page after the cover, fonts from
 * npm with fallback off, and heading, list, table and link styles.
 */
export function documentSettings(info: DocumentInfo): string {
  const [year, month, day] = info.date.split('-').map(Number);
  const keywords = info.keywords.map(typstString).join(', ');
  return `#set document(
  title: ${typstString(info.title)},
  author: ${typstString(info.author)},
  keywords: (${keywords}${info.keywords.length === 1 ? ',' : ''}),
  date: datetime(year: ${year}, month: ${month}, day: ${day}),
)
#set text(font: ${typstString(BODY_FONT)}, size: 11pt, lang: "en", region: "GB", fallback: false)
#show raw: set text(font: ${typstString(MONO_FONT)}, size: 10pt)
#set par(leading: 0.8em, spacing: 1.3em, justify: false)
#set page(
  paper: "a4",
  margin: (x: 2.3cm, top: 2.2cm, bottom: 3cm),
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
        [${info.footer.map(escapeText).join(' \\\n')}],
        align(right)[Page #n of #counter(page).final().first()],
      )
    }
  },
)
#set heading(numbering: none)
#show heading: set text(fill: ${ACCENT})
#show heading: set block(above: 1.6em, below: 0.8em, sticky: true)
#show heading: set par(leading: 0.45em)
#show title: set par(leading: 0.35em)
#show heading.where(level: 1): set text(size: 20pt)
#show heading.where(level: 1): it => { pagebreak(weak: true); it }
#show heading.where(level: 2): set text(size: 14pt)
#show heading.where(level: 3): set text(size: 12pt)
#show link: set text(fill: ${LINK})
#show link: underline
#set list(indent: 0.4em, spacing: 0.8em)
#set enum(indent: 0.4em, spacing: 0.8em)
#set table(stroke: 0.5pt + luma(140), inset: 6pt)
#show table.cell.where(y: 0): set text(weight: "bold")
#show outline.entry.where(level: 1): set block(above: 1em)
`;
}
