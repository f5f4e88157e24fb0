import {
  currentVersionNote,
  HOURS_TEXT,
  hoursText,
  LEARNER_TEXT,
  levelsUsed,
  moduleTitle,
  SECTION_TITLES,
  sumHours,
  type Syllabus,
  type SyllabusItem,
} from '../framework/index.ts';
import { escapeText } from './escape.ts';
import { bullets, heading, paragraphs, strong } from './markup.ts';
import type { SharedParts } from './shared-parts.ts';

// The sections of the learner's edition: short, plain, and only what the learner needs.

/** "Start here": who the syllabus is for, where to begin, how long it takes, example learners. */
export function startSection(s: Syllabus, parts: SharedParts): string {
  const t = SECTION_TITLES.learner;
  return paragraphs([
    heading(1, t.start),
    escapeText(LEARNER_TEXT.intro(s)),
    bullets(
      s.archetypes.map(
        (a) =>
          `${strong(escapeText(`${a.name}:`))} ${escapeText(a.summary)} ${escapeText(`For example: ${a.exampleRoles.join('; ')}.`)}`,
      ),
      parts,
    ),
    s.personas.length > 0 ? escapeText(LEARNER_TEXT.people) : '',
    bullets(s.personas.map((p) => escapeText(LEARNER_TEXT.person(p)))),
    heading(2, 'Where to begin'),
    escapeText(LEARNER_TEXT.begin(s)),
    escapeText(HOURS_TEXT.total(s)),
    s.hours.clinicalOnly + s.hours.nonClinicalOnly > 0 ? escapeText(HOURS_TEXT.roles(s)) : '',
    escapeText(LEARNER_TEXT.already),
    escapeText(LEARNER_TEXT.productTraining),
  ]);
}

/** "What you will be able to do": the levels reached and what each means, and the parts with their hours. */
export function outcomesSection(s: Syllabus, parts: SharedParts): string {
  return paragraphs([
    heading(1, SECTION_TITLES.learner.outcomes),
    escapeText(LEARNER_TEXT.levels(s)),
    bullets(
      levelsUsed(s).map((level) => `${strong(escapeText(`${level.name}:`))} ${escapeText(level.descriptor)}`),
      parts,
    ),
    escapeText(LEARNER_TEXT.parts),
    bullets(
      [
        ...(s.foundation.length > 0
          ? [
              `${SECTION_TITLES.learner.foundation}: ${LEARNER_TEXT.topics(s.foundation.length)}, ${hoursText(sumHours(s.foundation))}`,
            ]
          : []),
        ...s.modules.map(
          (m, i) => `${moduleTitle(m, i)}: ${LEARNER_TEXT.topics(m.items.length)}, ${hoursText(m.hours)}`,
        ),
      ].map(escapeText),
    ),
  ]);
}

/** The foundational programme and each module, with every competency's outcomes by level. */
export function learnerModules(s: Syllabus, parts: SharedParts): string {
  return paragraphs([
    s.foundation.length > 0
      ? paragraphs([
          heading(1, SECTION_TITLES.learner.foundation),
          escapeText(LEARNER_TEXT.foundation),
          ...s.foundation.map((item) => competency(item, parts)),
        ])
      : '',
    ...s.modules.map((module, index) =>
      paragraphs([
        heading(1, moduleTitle(module, index)),
        parts.include(escapeText(module.domain.summary)),
        ...module.items.map((item) => competency(item, parts)),
      ]),
    ),
  ]);
}

/** One competency for the learner: its title, how far and how long, then what they will be able to do at each level. */
function competency(item: SyllabusItem, parts: SharedParts): string {
  return paragraphs([
    parts.include(heading(2, item.competency.title)),
    escapeText(LEARNER_TEXT.reach(item)),
    ...item.steps.map((step) =>
      parts.include(
        paragraphs([
          item.steps.length > 1 ? strong(escapeText(LEARNER_TEXT.stepLead(step.level.name))) : '',
          bullets(step.outcomes.map(escapeText)),
        ]),
      ),
    ),
  ]);
}

/** The appendices: how learning is checked at each level, and where the syllabus comes from. */
export function learnerAppendices(s: Syllabus, parts: SharedParts): string {
  return paragraphs([
    heading(1, SECTION_TITLES.learner.assessment),
    escapeText(LEARNER_TEXT.assessment),
    bullets(
      levelsUsed(s).map(
        (level) => `${strong(escapeText(`${level.name}:`))} ${escapeText(level.evidence.join(' '))}`,
      ),
      parts,
    ),
    heading(1, SECTION_TITLES.learner.sources),
    escapeText(LEARNER_TEXT.sources(s)),
    escapeText(LEARNER_TEXT.provider),
    ...(s.url === undefined ? [] : [escapeText(currentVersionNote(s)!)]),
  ]);
}
