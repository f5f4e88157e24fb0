// Wording and small derived facts shared by the syllabus web page and the syllabus PDF, so
// both say the same thing in the same words.
import type { Provenance } from '../schemas/index.ts';
import { listNames, type Syllabus, type SyllabusItem, type SyllabusModule } from './syllabus.ts';
import type { Level } from './types.ts';

/** Titles of the top-level sections of every syllabus, in the order they appear. */
export const SECTION_TITLES = {
  about: 'About this syllabus',
  prerequisites: 'Prerequisites: the foundation',
  delivery: 'Delivery and assessment',
  assessment: 'Assessment ideas',
  recommendations: 'Recommendations that concern these archetypes',
  personas: 'Example learners',
  sources: 'Sources and provenance',
} as const;

/** A top-level section of a syllabus: its anchor id and title. */
export interface SyllabusSection {
  id: string;
  title: string;
}

/** The top-level sections of one syllabus in order, for tables of contents. */
export function syllabusSections(s: Syllabus): SyllabusSection[] {
  return [
    { id: 'about', title: SECTION_TITLES.about },
    { id: 'prerequisites', title: SECTION_TITLES.prerequisites },
    ...s.modules.map((m, i) => ({ id: moduleId(m), title: moduleTitle(m, i) })),
    { id: 'delivery', title: SECTION_TITLES.delivery },
    ...(s.recommendations.length > 0
      ? [{ id: 'recommendations', title: SECTION_TITLES.recommendations }]
      : []),
    ...(s.personas.length > 0 ? [{ id: 'personas', title: SECTION_TITLES.personas }] : []),
    { id: 'sources', title: SECTION_TITLES.sources },
  ];
}

/** "Module 2: Data", counting modules from 1. */
export function moduleTitle(module: SyllabusModule, index: number): string {
  return `Module ${index + 1}: ${module.domain.name}`;
}

/** Anchor id of a module section. */
export function moduleId(module: SyllabusModule): string {
  return `module-${module.domain.id}`;
}

/** "1 hour", "2.5 hours". */
export function hoursText(hours: number): string {
  return `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A `YYYY-MM-DD` date as British English prose: "26 November 2026". */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** The levels a syllabus uses, lowest first, so a reader can see what each means. */
export function levelsUsed(s: Syllabus): Level[] {
  const levels = new Map<string, Level>();
  for (const item of allItems(s)) levels.set(item.level.id, item.level);
  return [...levels.values()].sort((a, b) => a.rank - b.rank);
}

/** Every item of a syllabus: the foundation, then each module's. */
export function allItems(s: Syllabus): SyllabusItem[] {
  return [...s.foundation, ...s.modules.flatMap((m) => m.items)];
}

/** How each kind of provenance is described to readers. */
export const PROVENANCE_LABELS: Record<Provenance, string> = {
  report: 'taken from the 2022 report',
  'capability-framework': "taken from HEE's AI and Digital Healthcare Technologies capability framework",
  project: "this project's own elaboration",
};

/** How many of the syllabus's competencies come from each source, for its provenance note. */
export function provenanceCounts(s: Syllabus): { provenance: Provenance; count: number }[] {
  const counts = new Map<Provenance, number>();
  for (const item of allItems(s)) {
    counts.set(item.competency.provenance, (counts.get(item.competency.provenance) ?? 0) + 1);
  }
  return [...counts].map(([provenance, count]) => ({ provenance, count }));
}

/** "Needed by Drivers (expert) and Users (awareness)": shown in combined syllabi. */
export function neededByText(item: SyllabusItem, s: Syllabus): string {
  const parts = item.competency.requirements
    .filter((r) => item.neededBy.includes(r.archetype))
    .map(
      (r) =>
        `${s.archetypes.find((a) => a.id === r.archetype)?.name ?? r.archetype} (${r.level.name.toLowerCase()})`,
    );
  return `Needed by ${listNames(parts)}`;
}

/** The note printed on every copy: where the current version lives. */
export function currentVersionNote(s: Syllabus): string {
  return `The current version is at ${s.url}. Printed copies may be out of date.`;
}

/** Sentences both the web page and the PDF print, each defined once here. */
export const SYLLABUS_TEXT = {
  purpose: (s: Syllabus) =>
    `This syllabus sets out what a person who acts as ${listNames(s.archetypes.map((a) => a.name))} ` +
    `needs to know and be able to do about AI in health and care. It is generated from edition ` +
    `${s.edition} of the ${s.framework.title}.`,
  size: (s: Syllabus) =>
    `It has ${allItems(s).length} competencies and about ${hoursText(s.totalHours)} of suggested study: ` +
    `${s.foundation.length} foundational competencies (${hoursText(s.foundationHours)}) shared by every ` +
    `archetype, then ${allItems(s).length - s.foundation.length} specialist competencies in ` +
    `${s.modules.length} modules.`,
  levels: 'Each competency names the level of proficiency this syllabus aims for:',
  review: (s: Syllabus) =>
    `The content was last reviewed on ${formatDate(s.lastReviewed)} and is due for review by ` +
    `${formatDate(s.nextReviewDue)}.`,
  prerequisites: (s: Syllabus) =>
    `Every archetype shares these ${s.foundation.length} foundational competencies; take them first. ` +
    `Suggested study time: ${hoursText(s.foundationHours)}.`,
  module: (m: SyllabusModule) =>
    `${m.items.length} ${m.items.length === 1 ? 'competency' : 'competencies'}; ` +
    `suggested study time: ${hoursText(m.hours)}.`,
  assessment: 'Ways to assess the competencies in this syllabus, gathered from the competencies themselves:',
  illustrativePersona: 'This persona is illustrative: it was written by this project.',
  generated: (s: Syllabus) =>
    `This syllabus is generated from edition ${s.edition} of the ${s.framework.title}, published ` +
    `${formatDate(s.published)} by ${s.framework.publisher} under the ${s.framework.licence} licence. ` +
    `It is not written by hand, so it always matches the framework.`,
  provenanceIntro: (s: Syllabus) => `Of its ${allItems(s).length} competencies:`,
  provenance: (count: number, provenance: Provenance) => `${count} are ${PROVENANCE_LABELS[provenance]}`,
  elaboration:
    "In every competency, the learning outcomes, suggested study hours, assessment ideas and levels are this project's own elaboration; the report does not set them.",
} as const;
