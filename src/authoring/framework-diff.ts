import { hoursUpTo, type Competency, type Framework, type Recommendation } from '../framework/index.ts';
import { PLACEHOLDER } from '../validation/rules/placeholders.ts';

/** A competency as a change report names it. */
export interface CompetencyMention {
  id: string;
  title: string;
}

/** What changed for one archetype between two versions of the framework. */
export interface ArchetypeChanges {
  id: string;
  name: string;
  /** Competencies the archetype needs now and did not before, with the level it needs. */
  added: Array<CompetencyMention & { level: string }>;
  /** Competencies it needed before and does not now, with the level it needed. */
  removed: Array<CompetencyMention & { level: string }>;
  /** Competencies it needed before that were merged into another, which it needs now. */
  merged: Array<CompetencyMention & { into: CompetencyMention; level: string }>;
  /** Competencies it needs at another level now. */
  relevelled: Array<CompetencyMention & { from: string; to: string }>;
  /** Competencies whose wording changed: title, outcomes, assessment ideas or text. */
  reworded: Array<CompetencyMention & { fields: string[]; oldTitle?: string }>;
  /** Competencies whose other facts changed: kind, tier, domain, or the hours to the level this archetype needs. */
  changed: Array<CompetencyMention & { fields: Array<{ field: string; from: string; to: string }> }>;
}

export interface RecommendationChange {
  change: 'added' | 'removed' | 'changed';
  id: string;
  number: number;
  title: string;
  /** For `changed`: which fields differ. */
  fields: string[];
}

/** Everything `npm run diff` reports. */
export interface FrameworkDiff {
  edition: { before: string | undefined; after: string };
  competencyCount: { before: number; after: number };
  archetypes: ArchetypeChanges[];
  recommendations: RecommendationChange[];
  /** Files that still hold a TODO placeholder from `npm run new`. */
  placeholders: string[];
}

const WORDING = ['title', 'progression', 'assessment', 'body'] as const;
const FACTS = ['kind', 'tier', 'domain'] as const;
/** How a changed field is named in the report. */
const FIELD_NAMES: Partial<Record<string, string>> = { body: 'text', progression: 'outcomes' };
const RECOMMENDATION_FIELDS = [
  'title',
  'summary',
  'audience',
  'asks',
  'type',
  'priority',
  'archetypes',
  'competencies',
  'body',
] as const;

/**
 * The changes from `before` (undefined: no framework yet) to `after`, per archetype:
 * competencies added, removed, re-levelled, reworded or otherwise changed; and the
 * recommendations added, removed or changed. Pure.
 */
export function diffFrameworks(before: Framework | undefined, after: Framework): FrameworkDiff {
  const archetypes = [
    ...after.archetypes,
    ...(before?.archetypes ?? []).filter((a) => !after.archetypes.some((b) => b.id === a.id)),
  ];
  return {
    edition: { before: before?.settings.edition, after: after.settings.edition },
    competencyCount: { before: before?.competencies.length ?? 0, after: after.competencies.length },
    archetypes: archetypes.map(({ id, name }) => archetypeChanges(id, name, before, after)),
    recommendations: recommendationChanges(before?.recommendations ?? [], after.recommendations),
    placeholders: [
      ...after.archetypes,
      ...after.domains,
      ...after.levels,
      ...after.competencies,
      ...after.recommendations,
      ...after.personas,
      ...after.guides,
    ]
      .filter((entry) => PLACEHOLDER.test(JSON.stringify(entry)))
      .map((entry) => entry.file)
      .sort(),
  };
}

/** True when an archetype has nothing to report. */
export function unchanged(changes: ArchetypeChanges): boolean {
  return (['added', 'removed', 'merged', 'relevelled', 'reworded', 'changed'] as const).every(
    (key) => changes[key].length === 0,
  );
}

function archetypeChanges(
  id: string,
  name: string,
  before: Framework | undefined,
  after: Framework,
): ArchetypeChanges {
  const needs = (framework: Framework | undefined) =>
    new Map(
      (framework?.competencies ?? []).flatMap((c) => {
        const level = c.requirements.find((r) => r.archetype === id)?.level;
        return level ? [[c.id, { competency: c, level }] as const] : [];
      }),
    );
  const old = needs(before);
  const now = needs(after);
  const changes: ArchetypeChanges = {
    id,
    name,
    added: [],
    removed: [],
    merged: [],
    relevelled: [],
    reworded: [],
    changed: [],
  };
  const mergedInto = new Map(after.moved.map((m) => [m.from, m.to]));
  for (const [cid, { competency, level }] of now) {
    const previous = old.get(cid);
    const mention = { id: cid, title: competency.title };
    if (!previous) {
      changes.added.push({ ...mention, level: level.name });
      continue;
    }
    if (previous.level.id !== level.id)
      changes.relevelled.push({ ...mention, from: previous.level.name, to: level.name });
    const wording = WORDING.filter((field) => differs(previous.competency, competency, field));
    if (wording.length > 0) {
      changes.reworded.push({
        ...mention,
        fields: wording.map((f) => FIELD_NAMES[f] ?? f),
        ...(wording.includes('title') ? { oldTitle: previous.competency.title } : {}),
      });
    }
    const facts = FACTS.filter((field) => differs(previous.competency, competency, field)).map((field) => ({
      field: field as string,
      from: String(previous.competency[field]),
      to: String(competency[field]),
    }));
    // At another level the hours differ anyway; the re-levelling says so.
    const [hoursBefore, hoursNow] = [
      hoursOf(previous.competency, previous.level),
      hoursUpTo(competency, level),
    ];
    if (previous.level.id === level.id && hoursBefore !== hoursNow) {
      facts.push({ field: 'hours', from: String(hoursBefore), to: String(hoursNow) });
    }
    if (facts.length > 0) changes.changed.push({ ...mention, fields: facts });
  }
  for (const [cid, { competency, level }] of old) {
    if (now.has(cid)) continue;
    const into = mergedInto.get(cid);
    if (into && now.has(into.id)) {
      changes.merged.push({
        id: cid,
        title: competency.title,
        level: level.name,
        into: { id: into.id, title: into.title },
      });
    } else changes.removed.push({ id: cid, title: competency.title, level: level.name });
  }
  return changes;
}

/**
 * The hours to a level of a competency: from its steps, or (for a framework written before
 * competencies described each level) the single `hours` figure it had.
 */
function hoursOf(competency: Competency, level: Competency['requirements'][number]['level']): number {
  const legacy = (competency as { hours?: unknown }).hours;
  return competency.steps.length === 0 && typeof legacy === 'number' ? legacy : hoursUpTo(competency, level);
}

function recommendationChanges(before: Recommendation[], after: Recommendation[]): RecommendationChange[] {
  const old = new Map(before.map((r) => [r.id, r]));
  const now = new Map(after.map((r) => [r.id, r]));
  const mention = (r: Recommendation) => ({ id: r.id, number: r.number, title: r.title });
  return [
    ...after.flatMap((r): RecommendationChange[] => {
      const previous = old.get(r.id);
      if (!previous) return [{ change: 'added', ...mention(r), fields: [] }];
      const fields = RECOMMENDATION_FIELDS.filter((field) => differs(previous, r, field));
      return fields.length > 0
        ? [{ change: 'changed', ...mention(r), fields: fields.map((f) => FIELD_NAMES[f] ?? f) }]
        : [];
    }),
    ...before
      .filter((r) => !now.has(r.id))
      .map((r): RecommendationChange => ({ change: 'removed', ...mention(r), fields: [] })),
  ];
}

function differs<T extends Competency | Recommendation>(a: T, b: T, field: keyof T): boolean {
  const value = (entry: T) => (field === 'body' ? String(entry.body).trim() : JSON.stringify(entry[field]));
  return value(a) !== value(b);
}
