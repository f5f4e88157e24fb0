import {
  allItems,
  currentVersionNote,
  EDITION_NAMES,
  EDITION_PURPOSE,
  editionTitle,
  formatDate,
  hoursText,
  type Syllabus,
  type SyllabusEdition,
} from '../framework/index.ts';
import { escapeText } from './escape.ts';
import { paragraphs, strong, url } from './markup.ts';

/**
 * The cover (framework, title, edition, archetypes, dates, the web address) and the contents.
 * The title is the document's title element, so it is tagged as such. The learner's edition
 * keeps its contents on the cover, so that the whole document stays short.
 */
export function coverAndContents(s: Syllabus, edition: SyllabusEdition): string {
  const short = edition === 'learner';
  return paragraphs([
    `#v(${short || s.archetypes.length > 2 ? 0.5 : 2}cm)`,
    `#text(size: 13pt, weight: "bold", fill: luma(60))[${escapeText(s.framework.title)}]`,
    '#v(0.4cm)',
    `#title[${escapeText(editionTitle(s, edition))}]`,
    `#text(size: 12pt)[${escapeText(`${EDITION_NAMES[edition]}: ${EDITION_PURPOSE[edition]}.`)}]`,
    short
      ? ''
      : `#text(size: ${s.archetypes.length > 2 ? 11 : 12}pt)[${paragraphs(s.archetypes.map((a) => `${strong(escapeText(`${a.name}:`))} ${escapeText(a.summary)}`))}]`,
    '#v(0.5cm)',
    `#block(width: 100%, inset: (left: 1em), stroke: (left: 3pt + rgb("#1f3f77")))[${paragraphs([
      escapeText(`Edition ${s.edition}, published ${formatDate(s.published)}.`),
      escapeText(
        `${allItems(s).length} competencies, about ${hoursText(s.hours.total)} of study. ` +
          `Content last reviewed ${formatDate(s.lastReviewed)}; next review due ${formatDate(s.nextReviewDue)}.`,
      ),
    ])}]`,
    short ? '#v(0.3cm)\n#outline(title: [Contents], depth: 1)' : '#v(1fr)',
    `#text(size: 10pt)[${paragraphs([
      ...(s.url === undefined
        ? []
        : [
            `${escapeText('The current version is on the web:')} ${url(s.url)}`,
            escapeText('Printed copies may be out of date.'),
          ]),
      escapeText(`Published by ${s.framework.publisher}. Licence: ${s.framework.licence}.`),
    ])}]`,
    // The learner's edition goes straight on: it is short enough to need no page of its own for the cover.
    short ? '' : '#pagebreak()',
    short ? '' : '#outline(title: [Contents], depth: 1)',
  ]);
}

/** The footer lines printed on every page after the cover. */
export function footerLines(s: Syllabus, edition: SyllabusEdition): string[] {
  const note = currentVersionNote(s);
  return [`${editionTitle(s, edition)}, edition ${s.edition}`, ...(note === undefined ? [] : [note])];
}
