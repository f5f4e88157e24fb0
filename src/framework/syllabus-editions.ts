// The two editions of every syllabus: the learner's (short, plain, at the learner's level)
// and the provider's (everything a course lead needs to plan delivery). Both come from the
// same Syllabus; this module names their sections and holds the sentences only one prints.
import { sumHours } from './build-framework.ts';
import { listNames, type Syllabus, type SyllabusItem, type SyllabusModule } from './syllabus.ts';
import { allItems, hoursText, levelCounts, rolesNote } from './syllabus-wording.ts';

export const EDITIONS = ['learner', 'provider'] as const;
export type SyllabusEdition = (typeof EDITIONS)[number];

/** How each edition is named to readers. */
export const EDITION_NAMES: Record<SyllabusEdition, string> = {
  learner: "Learner's edition",
  provider: "Provider's edition",
};

/** Who each edition is for, in one sentence. */
export const EDITION_PURPOSE: Record<SyllabusEdition, string> = {
  learner: 'for the person who will learn: what to study, in what order, and what they will be able to do',
  provider:
    'for course leads and education providers: levelled outcomes, hours and their arithmetic, assessment, delivery guidance and sources',
};

/** The title of one edition of a syllabus. */
export function editionTitle(s: Syllabus, edition: SyllabusEdition): string {
  const names = listNames(s.archetypes.map((a) => a.name));
  return edition === 'learner'
    ? `Learning about AI in health and care: a syllabus for ${names}`
    : `AI education syllabus for ${names}: provider's edition`;
}

/** A top-level section of a syllabus: its anchor id and title. */
export interface SyllabusSection {
  id: string;
  title: string;
}

/** Titles of the sections that are not modules, per edition, in the order they appear. */
export const SECTION_TITLES = {
  learner: {
    start: 'Start here',
    outcomes: 'What you will be able to do',
    foundation: 'The foundational programme',
    assessment: 'Appendix: how your learning is checked',
    sources: 'Appendix: where this comes from',
  },
  provider: {
    about: 'About this syllabus',
    hours: 'How the hours add up',
    foundation: 'The foundational programme',
    delivery: 'Delivery and assessment',
    recommendations: 'Recommendations for education providers',
    personas: 'Example learners',
    sources: 'Sources and provenance',
  },
} as const;

/** "Module 2: Data", counting modules from 1. */
export function moduleTitle(module: SyllabusModule, index: number): string {
  return `Module ${index + 1}: ${module.domain.name}`;
}

/** Anchor id of a module section. */
export function moduleId(module: SyllabusModule): string {
  return `module-${module.domain.id}`;
}

/** The top-level sections of one edition of a syllabus in order, for tables of contents. */
export function editionSections(s: Syllabus, edition: SyllabusEdition): SyllabusSection[] {
  const modules = s.modules.map((m, i) => ({ id: moduleId(m), title: moduleTitle(m, i) }));
  if (edition === 'learner') {
    const t = SECTION_TITLES.learner;
    return [
      { id: 'start', title: t.start },
      { id: 'outcomes', title: t.outcomes },
      ...(s.foundation.length > 0 ? [{ id: 'foundation', title: t.foundation }] : []),
      ...modules,
      { id: 'assessment', title: t.assessment },
      { id: 'sources', title: t.sources },
    ];
  }
  const t = SECTION_TITLES.provider;
  return [
    { id: 'about', title: t.about },
    { id: 'hours', title: t.hours },
    ...(s.foundation.length > 0 ? [{ id: 'foundation', title: t.foundation }] : []),
    ...modules,
    { id: 'delivery', title: t.delivery },
    ...(s.recommendations.length > 0 ? [{ id: 'recommendations', title: t.recommendations }] : []),
    ...(s.personas.length > 0 ? [{ id: 'personas', title: t.personas }] : []),
    { id: 'sources', title: t.sources },
  ];
}

/** Sentences only the learner's edition prints. */
export const LEARNER_TEXT = {
  intro: (s: Syllabus) =>
    `This syllabus is for you if you work in health or care and act as ` +
    `${listNames(s.archetypes.map((a) => a.name))}: ${s.archetypes.length === 1 ? 'this is' : 'these are'} ` +
    `the ${s.archetypes.length === 1 ? 'group' : 'groups'} of staff described below. It lists what to learn about AI, in what order, and how long it takes.`,
  begin: (s: Syllabus) =>
    s.foundation.length > 0
      ? `Begin with the foundational programme: ${s.foundation.length} short topics that everyone in health and care ` +
        `learns, about ${hoursText(s.hours.foundational)} in all, often as e-learning. Then work through the modules ` +
        `for your role, about ${hoursText(s.hours.specialist)} more, in the order they appear here.`
      : `Work through the modules in the order they appear here: about ${hoursText(s.hours.total)} in all.`,
  already:
    'If you have already learned a topic, for example in your professional training, talk to your educator or manager: you may not need to study it again.',
  productTraining:
    'Before you use a particular AI product at work, you also need training on that product; your organisation arranges it.',
  levels: (s: Syllabus) =>
    `By the end you will reach these levels: ${listNames(
      levelCounts(s).map(
        ({ level, count }) => `${level.name.toLowerCase()} in ${count} ${count === 1 ? 'topic' : 'topics'}`,
      ),
    )}. Here is what each level means:`,
  people: 'People who might use it, for example:',
  /** "Ward nurse (the acute medical ward of a hospital)": a person who might use it, in one line. */
  person: (p: { role: string; setting: string }) => `${p.role} (${sentenceCase(p.setting)})`,
  parts: 'The parts of this syllabus:',
  foundation: 'Everyone in health and care learns these topics, up to the level their role needs.',
  topics: (count: number) => `${count} ${count === 1 ? 'topic' : 'topics'}`,
  /** The line under a competency's title: how far, how long, for whom, and (for one level) the lead-in to its outcomes. */
  reach: (item: SyllabusItem) => {
    const note = rolesNote(item);
    const lead = item.steps.length === 1 ? ' You will be able to:' : '';
    return `Up to ${item.level.name.toLowerCase()}, about ${hoursText(item.hours)}.${note ? ` ${note}.` : ''}${lead}`;
  },
  /** The lead-in to one level's outcomes, when a competency has more than one. */
  stepLead: (levelName: string) => `At ${levelName.toLowerCase()}, you will be able to:`,
  assessment:
    'Your learning is checked in ways that fit the level. Your course or your manager will tell you which they use:',
  sources: (s: Syllabus) =>
    `This syllabus comes from edition ${s.edition} of the ${s.framework.title}, an independent framework based on the ` +
    `2022 report "Developing healthcare workers' confidence in AI" by the NHS AI Lab and Health Education England ` +
    `(whose functions passed to NHS England in April 2023). It is not an official NHS publication. The rules and ` +
    `guidance it names were checked on the dates shown on each competency's web page, where every source is listed.`,
  provider:
    "A provider's edition of this syllabus, with the full sources, assessment ideas and delivery guidance, is on the same web page.",
} as const;

/** Sentences only the provider's edition prints. */
export const PROVIDER_TEXT = {
  purpose: (s: Syllabus) =>
    `This syllabus sets out what a person who acts as ${listNames(s.archetypes.map((a) => `one of the ${a.name}`))} ` +
    `needs to know and be able to do about AI in health and care, at the level their role needs. It is generated from ` +
    `edition ${s.edition} of the ${s.framework.title}.`,
  size: (s: Syllabus) =>
    `It has ${allItems(s).length} competencies: ${s.foundation.length} foundational, shared by every archetype, then ` +
    `${allItems(s).length - s.foundation.length} specialist ones in ${s.modules.length} ${s.modules.length === 1 ? 'module' : 'modules'}.`,
  levels:
    'Each competency is taught up to the level this syllabus needs; the levels below it are included, because each level builds on the one below:',
  hoursLead:
    "Each competency's hours are the sum of its levels, from the first up to the level this syllabus needs. The table adds them up by module.",
  module: (m: SyllabusModule) =>
    `${m.items.length} ${m.items.length === 1 ? 'competency' : 'competencies'}; ${hoursText(m.hours)}.`,
  foundation: (s: Syllabus) =>
    `Every archetype shares these ${s.foundation.length} foundational competencies. The levels every member of staff ` +
    `needs make up the foundational programme; where this syllabus needs a higher level, that level is specialist learning.`,
  recommendations:
    'The recommendations of the report addressed to education and training providers that concern these archetypes or their competencies:',
  assessment: 'Each level is assessed with evidence of its own kind:',
} as const;

/** One row of a syllabus's hours table. */
export interface HoursRow {
  part: string;
  competencies: number;
  foundational: number;
  specialist: number;
}

/**
 * The hours of a syllabus by part (the foundational programme, then each module), split
 * into the foundational programme and specialist learning, with the totals: the table both
 * the provider's web page and its PDF print.
 */
export function hoursTableRows(s: Syllabus): { rows: HoursRow[]; total: HoursRow } {
  const row = (part: string, items: readonly SyllabusItem[]): HoursRow => {
    const steps = items.flatMap((i) => i.steps);
    return {
      part,
      competencies: items.length,
      foundational: sumHours(steps.filter((step) => step.foundational)),
      specialist: sumHours(steps.filter((step) => !step.foundational)),
    };
  };
  const rows = [
    ...(s.foundation.length > 0 ? [row(SECTION_TITLES.provider.foundation, s.foundation)] : []),
    ...s.modules.map((m, i) => row(moduleTitle(m, i), m.items)),
  ];
  return {
    rows,
    total: {
      part: 'Total',
      competencies: allItems(s).length,
      foundational: s.hours.foundational,
      specialist: s.hours.specialist,
    },
  };
}

/** Text as it reads mid-sentence: its first letter lowercased, unless the first word is an abbreviation. */
function sentenceCase(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? `${text[0]!.toLowerCase()}${text.slice(1)}` : text;
}
