import { currentVersionNote, formatDate, hoursText, allItems, type Syllabus } from '../framework/index.ts';
import { escapeText } from './escape.ts';
import { paragraphs, strong, url } from './markup.ts';

/**
 * The cover (framework, title, archetypes, edition and dates, the web address) and the
 * contents page. The title is the document's title element, so it is tagged as such.
 */
export function coverAndContents(s: Syllabus): string {
  return paragraphs([
    // Room for up to five archetype summaries: the cover must stay on one page.
    `#v(${s.archetypes.length > 2 ? 1 : 2.5}cm)`,
    `#text(size: 13pt, weight: "bold", fill: luma(60))[${escapeText(s.framework.title)}]`,
    '#v(0.5cm)',
    `#title[${escapeText(s.title)}]`,
    `#text(size: ${s.archetypes.length > 2 ? 11 : 13}pt)[${paragraphs(s.archetypes.map((a) => `${strong(escapeText(`${a.name}:`))} ${escapeText(a.summary)}`))}]`,
    '#v(1cm)',
    `#block(width: 100%, inset: (left: 1em), stroke: (left: 3pt + rgb("#1f3f77")))[${paragraphs([
      escapeText(`Edition ${s.edition}, published ${formatDate(s.published)}.`),
      escapeText(
        `${allItems(s).length} competencies, about ${hoursText(s.totalHours)} of study. ` +
          `Content last reviewed ${formatDate(s.lastReviewed)}; next review due ${formatDate(s.nextReviewDue)}.`,
      ),
    ])}]`,
    '#v(1fr)',
    `#text(size: 10pt)[${paragraphs([
      `${escapeText('The current version is on the web:')} ${url(s.url)}`,
      escapeText('Printed copies may be out of date.'),
      escapeText(`Published by ${s.framework.publisher}. Licence: ${s.framework.licence}.`),
    ])}]`,
    '#pagebreak()',
    '#outline(title: [Contents], depth: 1)',
  ]);
}

/** The footer lines printed on every page after the cover. */
export function footerLines(s: Syllabus): string[] {
  return [`${s.title}, edition ${s.edition}`, currentVersionNote(s)];
}
