import {
  HOURS_TEXT,
  hoursTableRows,
  levelsUsed,
  moduleTitle,
  neededByText,
  PROVIDER_TEXT,
  rolesNote,
  SECTION_TITLES,
  stepLabel,
  stepsArithmetic,
  type Syllabus,
  type SyllabusItem,
} from '../framework/index.ts';
import { escapeText } from './escape.ts';
import { bullets, field, heading, paragraphs, strong, table } from './markup.ts';
import type { SharedParts } from './shared-parts.ts';

// The sections of the provider's edition that list competencies: what the syllabus is, how its
// hours add up, the foundational programme and the modules.

/** "About this syllabus": who it is for, its size, the levels it reaches, its review dates. */
export function aboutSection(s: Syllabus, parts: SharedParts): string {
  return paragraphs([
    heading(1, SECTION_TITLES.provider.about),
    escapeText(PROVIDER_TEXT.purpose(s)),
    escapeText(PROVIDER_TEXT.size(s)),
    heading(2, 'Who it is for'),
    bullets(
      s.archetypes.map(
        (a) =>
          `${strong(escapeText(`${a.name}:`))} ${escapeText(a.summary)} ${escapeText(`Example roles: ${a.exampleRoles.join(', ')}.`)}`,
      ),
      parts,
    ),
    heading(2, 'Levels'),
    escapeText(PROVIDER_TEXT.levels),
    bullets(
      levelsUsed(s).map((level) => `${strong(escapeText(`${level.name}:`))} ${escapeText(level.descriptor)}`),
      parts,
    ),
  ]);
}

/** "How the hours add up": the totals with what they cover, and a table by part. */
export function hoursSection(s: Syllabus): string {
  const { rows, total } = hoursTableRows(s);
  return paragraphs([
    heading(1, SECTION_TITLES.provider.hours),
    escapeText(HOURS_TEXT.total(s)),
    bullets([HOURS_TEXT.foundational(s), HOURS_TEXT.specialist(s)].map(escapeText)),
    s.hours.clinicalOnly + s.hours.nonClinicalOnly > 0 ? escapeText(HOURS_TEXT.roles(s)) : '',
    escapeText(PROVIDER_TEXT.hoursLead),
    table(
      ['Part', 'Competencies', 'Foundational hours', 'Specialist hours'],
      [...rows, total].map((row) => [
        row.part,
        String(row.competencies),
        String(row.foundational),
        String(row.specialist),
      ]),
    ),
    escapeText(HOURS_TEXT.estimate),
  ]);
}

/** The foundational competencies every archetype shares. */
export function foundationSection(s: Syllabus, parts: SharedParts): string {
  if (s.foundation.length === 0) return '';
  return paragraphs([
    heading(1, SECTION_TITLES.provider.foundation),
    escapeText(PROVIDER_TEXT.foundation(s)),
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
        escapeText(PROVIDER_TEXT.module(module)),
        ...module.items.map((item) => competency(item, s, parts)),
      ]),
    ),
  );
}

/**
 * One competency: its title, the level reached and the hours' arithmetic, who needs it, the
 * outcomes of each level and the assessment ideas. Each piece is a shared part (see
 * shared-parts.ts): a level's outcomes read the same in every syllabus that reaches it, so a
 * build lays each distinct piece out once.
 */
function competency(item: SyllabusItem, s: Syllabus, parts: SharedParts): string {
  const { competency: c, level } = item;
  const note = rolesNote(item);
  return paragraphs([
    parts.include(heading(2, c.title)),
    parts.include(
      [
        field('Up to', level.name),
        field('Study time', stepsArithmetic(item)),
        ...(note ? [escapeText(`${note}.`)] : []),
      ].join(' #linebreak() '),
    ),
    s.archetypes.length > 1 ? escapeText(`${neededByText(item, s)}.`) : '',
    ...item.steps.map((step) =>
      parts.include(
        paragraphs([strong(escapeText(`${stepLabel(step, item)}:`)), bullets(step.outcomes.map(escapeText))]),
      ),
    ),
    parts.include(
      paragraphs([strong(escapeText('Assessment ideas:')), bullets(c.assessment.map(escapeText))]),
    ),
  ]);
}
