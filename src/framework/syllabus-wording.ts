// Wording and small derived facts shared by the syllabus web pages and PDFs of both editions,
// so each says the same thing in the same words wherever it appears.
import type { SourceKind } from '../schemas/index.ts';
import { listNames, type Syllabus, type SyllabusItem, type SyllabusStep } from './syllabus.ts';
import type { Level } from './types.ts';

/** "15 minutes", "1 hour", "2.5 hours": study time as a reader would say it. */
export function hoursText(hours: number): string {
  if (hours > 0 && hours < 1) return `${Math.round(hours * 60)} minutes`;
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

/** Every item of a syllabus: the foundation, then each module's. */
export function allItems(s: Syllabus): SyllabusItem[] {
  return [...s.foundation, ...s.modules.flatMap((m) => m.items)];
}

/** The levels a syllabus reaches, lowest first, so a reader can see what each means. */
export function levelsUsed(s: Syllabus): Level[] {
  const levels = new Map<string, Level>();
  for (const step of allItems(s).flatMap((item) => item.steps)) levels.set(step.level.id, step.level);
  return [...levels.values()].sort((a, b) => a.rank - b.rank);
}

/** How many of a syllabus's competencies it takes to each level, for "Practitioner in 3". */
export function levelCounts(s: Syllabus): { level: Level; count: number }[] {
  return levelsUsed(s)
    .map((level) => ({ level, count: allItems(s).filter((i) => i.level.id === level.id).length }))
    .filter(({ count }) => count > 0);
}

/** "Awareness 30 minutes + Working knowledge 1 hour = 1.5 hours", or one level's time alone. */
export function stepsArithmetic(item: SyllabusItem): string {
  const parts = item.steps.map((step) => `${step.level.name} ${hoursText(step.hours)}`);
  return item.steps.length === 1 ? parts[0]! : `${parts.join(' + ')} = ${hoursText(item.hours)}`;
}

/** A step's label where the syllabus marks what lies above the foundational programme. */
export function stepLabel(step: SyllabusStep, item: SyllabusItem): string {
  const specialist = item.competency.tier === 'foundational' && !step.foundational ? ' (specialist)' : '';
  return `${step.level.name}${specialist}, ${hoursText(step.hours)}`;
}

/** "For staff in clinical roles": who a competency concerns when not everyone. */
export function rolesNote(item: SyllabusItem): string | undefined {
  const roles = item.competency.roles;
  if (!roles || roles.length !== 1) return undefined;
  return roles[0] === 'clinical' ? 'For staff in clinical roles' : 'For staff in non-clinical roles';
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

/** How each kind of source is named to readers. */
export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  report: 'the 2022 report',
  'capability-framework': "HEE's AI and Digital Healthcare Technologies capability framework",
  guidance: 'current law, regulation and national guidance',
};

/** How many of the syllabus's competencies rest in part on each kind of source. */
export function sourceCounts(s: Syllabus): { kind: SourceKind; count: number }[] {
  const counts = new Map<SourceKind, number>();
  for (const item of allItems(s)) {
    for (const kind of Object.keys(item.competency.basedOn ?? {}) as SourceKind[]) {
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
  }
  return (Object.keys(SOURCE_KIND_LABELS) as SourceKind[]).flatMap((kind) =>
    counts.has(kind) ? [{ kind, count: counts.get(kind)! }] : [],
  );
}

/**
 * The note printed on every copy: where the current version lives. None when the build did
 * not know the site's address, so that no copy names an address that is not the site's.
 */
export function currentVersionNote(s: Syllabus): string | undefined {
  return s.url === undefined
    ? undefined
    : `The current version is at ${s.url}. Printed copies may be out of date.`;
}

/** What the hours of a syllabus cover, in sentences both editions print beside the totals. */
export const HOURS_TEXT = {
  total: (s: Syllabus) =>
    `About ${hoursText(s.hours.total)} of study in all, for a typical learner starting from nothing: ` +
    `${hoursText(s.hours.foundational)} of the foundational programme and ` +
    `${hoursText(s.hours.specialist)} of specialist learning.`,
  foundational: (s: Syllabus) =>
    `Foundational programme: ${hoursText(s.hours.foundational)}. The levels of the foundational ` +
    `competencies that every member of staff needs, whatever their role.`,
  specialist: (s: Syllabus) =>
    `Specialist learning: ${hoursText(s.hours.specialist)}. Everything above the foundational ` +
    `programme that ${listNames(s.archetypes.map((a) => a.name))} need: specialist competencies, and ` +
    `the higher levels of some foundational ones.`,
  roles: (s: Syllabus) =>
    [
      s.hours.clinicalOnly > 0
        ? `${hoursText(s.hours.clinicalOnly)} of it concern only staff in clinical roles`
        : '',
      s.hours.nonClinicalOnly > 0
        ? `${hoursText(s.hours.nonClinicalOnly)} only staff in non-clinical roles`
        : '',
    ]
      .filter(Boolean)
      .join(', and ')
      .replace(/^(.)/, (c) => c.toUpperCase())
      .replace(/(.)$/, '$1.'),
  estimate:
    'Hours are notional learning hours: teaching, self-study, practice and assessment together. ' +
    'They are a planning estimate, not a credit rating; a learner who already meets some outcomes needs less.',
} as const;

/** Sentences both editions print, each defined once here. */
export const SYLLABUS_TEXT = {
  review: (s: Syllabus) =>
    `The content was last reviewed on ${formatDate(s.lastReviewed)} and is due for review by ` +
    `${formatDate(s.nextReviewDue)}.`,
  generated: (s: Syllabus) =>
    `This syllabus is generated from edition ${s.edition} of the ${s.framework.title}, published ` +
    `${formatDate(s.published)} by ${s.framework.publisher} under the ${s.framework.licence} licence. ` +
    `It is not written by hand, so it always matches the framework.`,
  elaboration:
    "The learning outcomes, levels, study hours and assessment ideas of every competency are this project's own; the report does not set them.",
  illustrativePersona: 'This persona is illustrative: it was written by this project.',
} as const;
