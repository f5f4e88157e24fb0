import {
  formatDate,
  hoursText,
  levelsUsed,
  listNames,
  moduleTitle,
  neededByText,
  SECTION_TITLES,
  allItems,
  type Syllabus,
  type SyllabusItem,
} from '../framework/index.ts';
import { escapeText } from './escape.ts';
import { bullets, field, heading, paragraphs, strong } from './markup.ts';

/** "About this syllabus": who it is for, its size, how to read the levels, its review dates. */
export function aboutSection(s: Syllabus): string {
  const items = allItems(s);
  const specialist = items.length - s.foundation.length;
  return paragraphs([
    heading(1, SECTION_TITLES.about),
    escapeText(
      `This syllabus sets out what a person who acts as ${listNames(s.archetypes.map((a) => a.name))} ` +
        `needs to know and be able to do about AI in health and care. It is generated from edition ` +
        `${s.edition} of the ${s.framework.title}.`,
    ),
    escapeText(
      `It has ${items.length} competencies and about ${hoursText(s.totalHours)} of suggested study: ` +
        `${s.foundation.length} foundational competencies (${hoursText(s.foundationHours)}) shared by every ` +
        `archetype, then ${specialist} specialist competencies in ${s.modules.length} modules.`,
    ),
    heading(2, 'Who it is for'),
    bullets(
      s.archetypes.map(
        (a) =>
          `${strong(escapeText(`${a.name}:`))} ${escapeText(a.summary)} ${escapeText(`Example roles: ${a.exampleRoles.join(', ')}.`)}`,
      ),
    ),
    heading(2, 'Levels'),
    escapeText('Each competency names the level of proficiency this syllabus aims for:'),
    bullets(
      levelsUsed(s).map((level) => `${strong(escapeText(`${level.name}:`))} ${escapeText(level.descriptor)}`),
    ),
    heading(2, 'Review'),
    escapeText(
      `The content was last reviewed on ${formatDate(s.lastReviewed)} and is due for review by ` +
        `${formatDate(s.nextReviewDue)}.`,
    ),
  ]);
}

/** The foundation every archetype shares, as the syllabus's prerequisites. */
export function prerequisitesSection(s: Syllabus): string {
  return paragraphs([
    heading(1, SECTION_TITLES.prerequisites),
    escapeText(
      `Every archetype shares these ${s.foundation.length} foundational competencies; take them first. ` +
        `Suggested study time: ${hoursText(s.foundationHours)}.`,
    ),
    ...s.foundation.map((item) => competency(item, s)),
  ]);
}

/** One section per module, in domain order. */
export function moduleSections(s: Syllabus): string {
  return paragraphs(
    s.modules.map((module, index) =>
      paragraphs([
        heading(1, moduleTitle(module, index)),
        escapeText(module.domain.summary),
        escapeText(
          `${module.items.length} ${module.items.length === 1 ? 'competency' : 'competencies'}; ` +
            `suggested study time: ${hoursText(module.hours)}.`,
        ),
        ...module.items.map((item) => competency(item, s)),
      ]),
    ),
  );
}

function competency(item: SyllabusItem, s: Syllabus): string {
  const { competency: c, level } = item;
  // Each competency is short: keep it on one page rather than split its outcomes from its title.
  return `#block(breakable: false, width: 100%)[${paragraphs([
    heading(2, c.title),
    [field('Level', level.name), field('Study time', hoursText(c.hours)), field('Kind', c.kind)].join(
      ' #h(1.2em) ',
    ),
    s.archetypes.length > 1 ? escapeText(`${neededByText(item, s)}.`) : '',
    strong(escapeText('Learning outcomes:')),
    bullets(c.outcomes.map(escapeText)),
  ])}]`;
}
