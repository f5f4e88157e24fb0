import {
  hoursText,
  levelsUsed,
  moduleTitle,
  neededByText,
  SECTION_TITLES,
  SYLLABUS_TEXT,
  type Syllabus,
  type SyllabusItem,
} from '../framework/index.ts';
import { escapeText } from './escape.ts';
import { bullets, field, heading, paragraphs, strong } from './markup.ts';
import type { SharedParts } from './shared-parts.ts';

/** "About this syllabus": who it is for, its size, how to read the levels, its review dates. */
export function aboutSection(s: Syllabus, parts: SharedParts): string {
  return paragraphs([
    heading(1, SECTION_TITLES.about),
    escapeText(SYLLABUS_TEXT.purpose(s)),
    escapeText(SYLLABUS_TEXT.size(s)),
    heading(2, 'Who it is for'),
    bullets(
      s.archetypes.map(
        (a) =>
          `${strong(escapeText(`${a.name}:`))} ${escapeText(a.summary)} ${escapeText(`Example roles: ${a.exampleRoles.join(', ')}.`)}`,
      ),
      parts,
    ),
    heading(2, 'Levels'),
    escapeText(SYLLABUS_TEXT.levels),
    bullets(
      levelsUsed(s).map((level) => `${strong(escapeText(`${level.name}:`))} ${escapeText(level.descriptor)}`),
      parts,
    ),
    heading(2, 'Review'),
    escapeText(SYLLABUS_TEXT.review(s)),
  ]);
}

/** The foundation every archetype shares, as the syllabus's prerequisites. */
export function prerequisitesSection(s: Syllabus, parts: SharedParts): string {
  return paragraphs([
    heading(1, SECTION_TITLES.prerequisites),
    escapeText(SYLLABUS_TEXT.prerequisites(s)),
    ...s.foundation.map((item) => competency(item, s, parts)),
  ]);
}

/** One section per module, in domain order. */
export function moduleSections(s: Syllabus, parts: SharedParts): string {
  return paragraphs(
    s.modules.map((module, index) =>
      paragraphs([
        heading(1, moduleTitle(module, index)),
        parts.include(escapeText(module.domain.summary)),
        escapeText(SYLLABUS_TEXT.module(module)),
        ...module.items.map((item) => competency(item, s, parts)),
      ]),
    ),
  );
}

/**
 * One competency: title, facts, who needs it, learning outcomes. Each piece is a shared part
 * (see shared-parts.ts): the title and outcomes read the same in every syllabus, and the facts
 * line and who needs it are the same in every syllabus with the same highest level and the
 * same archetypes needing it, so a build lays each distinct piece out once.
 */
function competency(item: SyllabusItem, s: Syllabus, parts: SharedParts): string {
  const { competency: c, level } = item;
  // Each competency is short: keep it on one page rather than split its outcomes from its title.
  return `#block(breakable: false, width: 100%)[${paragraphs(
    [
      heading(2, c.title),
      [field('Level', level.name), field('Study time', hoursText(c.hours)), field('Kind', c.kind)].join(
        ' #h(1.2em) ',
      ),
      s.archetypes.length > 1 ? escapeText(`${neededByText(item, s)}.`) : '',
      paragraphs([strong(escapeText('Learning outcomes:')), bullets(c.outcomes.map(escapeText))]),
    ].map((piece) => parts.include(piece)),
  )}]`;
}
