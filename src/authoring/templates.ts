import type { CollectionName } from '../schemas/index.ts';
import {
  COMPETENCY_KINDS,
  CONFIDENCE_FACTOR_IDS,
  RECOMMENDATION_ASKS,
  RECOMMENDATION_AUDIENCES,
  RECOMMENDATION_TYPES,
  SOURCE_KINDS,
  TIERS,
} from '../schemas/index.ts';
import type { FrameworkSettings } from '../schemas/framework.ts';
import type { Report } from '../validation/index.ts';

/** One frontmatter field of a template: its value, and a comment an author reads above it. */
/** What a new entry's template may draw on: the valid entries there are now, and today's date. */
export interface NewEntryContext {
  entries: Report['entries'];
  /** The framework settings (strands, the capability framework), when framework.yaml is valid. */
  settings?: FrameworkSettings | undefined;
  /** YYYY-MM-DD; the new entry's `lastReviewed`. */
  today: string;
  /** Whether a file exists, by path relative to the project root. */
  exists(path: string): boolean;
}

export interface DraftField {
  value: unknown;
  /** What to write here, and the values allowed, read from the content where they live there. */
  comment?: string;
}

/** A template's output: frontmatter fields in order (written as YAML) and the MDX body. */
export interface Draft {
  fields: Record<string, DraftField>;
  body: string;
}

type Template = (id: string, context: NewEntryContext) => Draft;

/** What the author must still decide or write: `npm run check` refuses any value holding it. */
export const TODO = 'TODO';

/**
 * One template per collection. Every value an author must decide or write is a TODO (so an
 * unfinished entry can never pass `npm run check`), with a comment above it listing the
 * values allowed there, read from the content (domains, levels, archetypes, strands) or from
 * the schemas (kinds, tiers). Only what follows from the id or the date is filled in.
 */
export const TEMPLATES: Record<CollectionName, Template> = {
  competencies: (id, context) => {
    const levels = ids(context.entries.levels, (l) => l.rank);
    return {
      fields: {
        id: { value: id },
        title: { value: 'TODO: The competency as one clear statement, starting with a verb' },
        kind: { value: TODO, comment: `kind: one of ${COMPETENCY_KINDS.join(', ')}` },
        domain: {
          value: TODO,
          comment: `domain: one of ${ids(context.entries.domains, (d) => d.order).join(', ')}`,
        },
        tier: {
          value: TODO,
          comment: `tier: ${TIERS.join(' or ')} (foundational only if all five archetypes need it)`,
        },
        strands: {
          value: [],
          comment: `strands (optional): any of ${(context.settings?.strands ?? []).map((s) => s.id).join(', ') || 'none defined'}`,
        },
        keywords: {
          value: [],
          comment: 'keywords (optional): words people search for, such as abbreviations',
        },
        capabilityFramework: {
          value: [TODO],
          comment: `capabilityFramework: areas of the capability framework it relates to: ${capabilityAreas(context).join(', ')}`,
        },
        levels: {
          value: { [TODO]: TODO },
          comment: `levels: each archetype that needs it (${ids(context.entries.archetypes, (a) => a.order).join(', ')}) and its level (${levels.join(', ')})`,
        },
        progression: {
          value: Object.fromEntries(
            levels.slice(0, 1).map((level) => [
              level,
              {
                hours: TODO,
                outcomes: [
                  'TODO: First outcome at this level, starting with a verb of the level (see CONTRIBUTING.md)',
                  'TODO: Second outcome',
                ],
              },
            ]),
          ),
          comment: `progression: every level from ${levels[0] ?? 'the first'} up to the highest in levels, each with its study hours and 2-4 outcomes`,
        },
        assessment: { value: ['TODO: One way to assess it'] },
        confidenceFactors: {
          value: [],
          comment: `confidenceFactors (optional): any of ${CONFIDENCE_FACTOR_IDS.join(', ')}`,
        },
        ...reviewed(context),
      },
      body: `## Why it matters\n\nTODO: Why this matters in health and care, in a paragraph or two.\n\n## Where this comes from\n\nTODO: Which source supports this competency, with a link, and which parts are this project's own (the outcomes, levels and study hours always are).`,
    };
  },
  domains: (id, context) => ({
    fields: {
      id: { value: id },
      name: { value: 'TODO: Display name' },
      order: {
        value: next(
          context.entries.domains.filter((d) => d.data.parent === undefined).map((d) => d.data.order),
        ),
      },
      summary: { value: 'TODO: One or two sentences on what the domain covers.' },
      confidenceLevels: { value: [] },
      ...reviewed(context),
    },
    body: 'TODO: What this domain covers and why it matters.',
  }),
  levels: (id, context) => ({
    fields: {
      id: { value: id },
      name: { value: 'TODO: Display name' },
      rank: { value: next(context.entries.levels.map((l) => l.data.rank)) },
      descriptor: { value: 'TODO: What a person at this level knows and can do, in one or two sentences.' },
      change: { value: 'TODO: What changes from the level below, in one sentence.' },
      evidence: { value: ['TODO: A kind of evidence that shows a learner has reached this level'] },
      verbs: { value: [TODO], comment: 'verbs: in lowercase, the verbs that start outcomes at this level' },
      typicalHours: {
        value: { min: TODO, max: TODO },
        comment: 'typicalHours: the usual study hours from the level below',
      },
      ...reviewed(context),
    },
    body: '## What this level looks like\n\nTODO: Describe it.',
  }),
  archetypes: (id, context) => ({
    fields: {
      id: { value: id },
      name: { value: id[0]!.toUpperCase() + id.slice(1) },
      order: { value: next(context.entries.archetypes.map((a) => a.data.order)) },
      summary: { value: 'TODO: One sentence saying who belongs to this archetype.' },
      exampleRoles: { value: ['TODO: A job title'] },
      responsibilities: { value: ['TODO: One responsibility'] },
      ceiling: {
        value: TODO,
        comment: `ceiling: the highest level any competency may require: ${ids(context.entries.levels, (l) => l.rank).join(', ')}`,
      },
      ...reviewed(context),
    },
    body: 'TODO: Who they are and what education they need.',
  }),
  recommendations: (id, context) => ({
    fields: {
      id: { value: id },
      number: { value: next(context.entries.recommendations.map((r) => r.data.number)) },
      title: { value: 'TODO: The recommendation in a few words' },
      summary: { value: 'TODO: One or two sentences on what is recommended and why.' },
      audience: {
        value: [TODO],
        comment: `audience: who the sources ask to act, any of ${RECOMMENDATION_AUDIENCES.join(', ')}`,
      },
      asks: { value: [TODO], comment: `asks: what it asks for, any of ${RECOMMENDATION_ASKS.join(', ')}` },
      type: { value: TODO, comment: `type: one of ${RECOMMENDATION_TYPES.join(', ')}` },
      priority: { value: false },
      archetypes: {
        value: [TODO],
        comment: `archetypes: the ones it concerns: ${ids(context.entries.archetypes, (a) => a.order).join(', ')}`,
      },
      competencies: { value: [], comment: 'competencies (optional): ids of the competencies it concerns' },
      ...reviewed(context),
    },
    body: '## What the source says\n\nTODO: In your own words, with a link to the source.',
  }),
  personas: (id, context) => ({
    fields: {
      id: { value: id },
      name: { value: 'TODO: Short heading, for example "Ward nurse using decision support"' },
      archetypes: {
        value: [TODO],
        comment: `archetypes: the ones this person acts as, the main one first: ${ids(context.entries.archetypes, (a) => a.order).join(', ')}`,
      },
      role: { value: 'TODO: Job title' },
      setting: { value: 'TODO: Where they work' },
      responsibilities: { value: ['TODO: What they do in relation to AI'] },
      journey: { value: [{ step: 'TODO: A step of their education journey' }] },
      ...reviewed(context),
    },
    body: 'TODO: Their story.',
  }),
  guide: (_id, context) => ({
    fields: {
      title: { value: 'TODO: Page title' },
      description: { value: 'TODO: One sentence for search results and link previews.' },
      ...reviewed(context),
    },
    body: 'TODO: The page.',
  }),
};

/** A placeholder source and the review dates: today, and a year from today. */
function reviewed(context: NewEntryContext): Record<string, DraftField> {
  const [year, month, day] = context.today.split('-');
  return {
    sources: {
      value: [
        {
          title: 'TODO: Title of the source',
          url: 'https://example.org/TODO-replace-with-the-source-address',
          checked: context.today,
        },
      ],
    },
    lastReviewed: { value: context.today },
    nextReviewDue: { value: `${Number(year) + 1}-${month}-${month === '02' && day === '29' ? '28' : day}` },
    basedOn: {
      value: undefined,
      comment: `basedOn (optional): under ${SOURCE_KINDS.join(', ')}, the fields or headings that rest on that kind of source`,
    },
  };
}

function ids<T extends { data: { id: string } }>(
  entries: readonly T[],
  key: (data: T['data']) => number,
): string[] {
  return [...entries].sort((a, b) => key(a.data) - key(b.data)).map((e) => e.data.id);
}

function capabilityAreas(context: NewEntryContext): string[] {
  return (context.settings?.capabilityFramework.domains ?? []).flatMap((d) => [
    d.code,
    ...d.subdomains.map((s) => s.code),
  ]);
}

function next(numbers: readonly number[]): number {
  return Math.max(0, ...numbers) + 1;
}
