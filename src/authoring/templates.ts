import type { CollectionName } from '../schemas/index.ts';
import type { NewEntryContext } from './new-entry.ts';

/** A template's output: frontmatter data (written as YAML) and the MDX body. */
interface Draft {
  data: Record<string, unknown>;
  body: string;
}

type Template = (id: string, context: NewEntryContext) => Draft;

/**
 * One template per collection. Text the author must write is marked `TODO:`; references
 * (domain, levels, archetypes) point at entries that exist, so the new file passes
 * `npm run check` until the author chooses the right ones.
 */
export const TEMPLATES: Record<CollectionName, Template> = {
  competencies: (id, context) => {
    const domain = sorted(context.entries.domains, (d) => d.order)[0]?.data.id ?? 'TODO-domain-id';
    const level = sorted(context.entries.levels, (l) => l.rank)[0]?.data.id ?? 'TODO-level-id';
    const archetype = sorted(context.entries.archetypes, (a) => a.order)[0]?.data.id ?? 'users';
    return {
      data: {
        id,
        title: 'TODO: The competency as one clear statement, starting with a verb',
        kind: 'knowledge',
        domain,
        tier: 'specialist',
        levels: { [archetype]: level },
        outcomes: [
          'TODO: First learning outcome, starting with an observable verb such as Explain or Compare',
          'TODO: Second learning outcome',
        ],
        hours: 1,
        assessment: ['TODO: One way to assess it'],
        confidenceFactors: [],
        ...reviewed(context),
      },
      body: `## Why it matters\n\nTODO: Why this matters in health and care, in a paragraph or two.\n\n## Where this comes from\n\nTODO: Which source supports this competency, with a link, and which parts (outcomes, hours, levels) are this project's own elaboration.`,
    };
  },
  domains: (id, context) => ({
    data: {
      id,
      name: 'TODO: Display name',
      order: next(
        context.entries.domains.filter((d) => d.data.parent === undefined).map((d) => d.data.order),
      ),
      summary: 'TODO: One or two sentences on what the domain covers.',
      confidenceLevels: [],
      ...reviewed(context),
    },
    body: 'TODO: What this domain covers and why it matters.',
  }),
  levels: (id, context) => ({
    data: {
      id,
      name: 'TODO: Display name',
      rank: next(context.entries.levels.map((l) => l.data.rank)),
      descriptor: 'TODO: What a person at this level knows and can do, in one or two sentences.',
      ...reviewed(context),
    },
    body: '## What this level looks like\n\nTODO: Describe it.',
  }),
  archetypes: (id, context) => ({
    data: {
      id,
      name: id[0]!.toUpperCase() + id.slice(1),
      order: next(context.entries.archetypes.map((a) => a.data.order)),
      summary: 'TODO: One sentence saying who belongs to this archetype.',
      exampleRoles: ['TODO: A job title'],
      responsibilities: ['TODO: One responsibility'],
      ...reviewed(context),
    },
    body: 'TODO: Who they are and what education they need.',
  }),
  recommendations: (id, context) => ({
    data: {
      id,
      number: next(context.entries.recommendations.map((r) => r.data.number)),
      title: 'TODO: The recommendation in a few words',
      summary: 'TODO: One or two sentences on what is recommended and why.',
      audience: ['TODO: Who should act on it'],
      type: 'next-step',
      priority: false,
      archetypes: [sorted(context.entries.archetypes, (a) => a.order)[0]?.data.id ?? 'users'],
      competencies: [],
      ...reviewed(context),
    },
    body: '## What the source says\n\nTODO: In your own words, with a link to the source.',
  }),
  personas: (id, context) => ({
    data: {
      id,
      name: 'TODO: Short heading, for example "Ward nurse using decision support"',
      archetypes: [sorted(context.entries.archetypes, (a) => a.order)[0]?.data.id ?? 'users'],
      role: 'TODO: Job title',
      setting: 'TODO: Where they work',
      responsibilities: ['TODO: What they do in relation to AI'],
      journey: [{ step: 'TODO: A step of their education journey' }],
      ...reviewed(context),
    },
    body: 'TODO: Their story.',
  }),
  guide: (_id, context) => ({
    data: {
      title: 'TODO: Page title',
      description: 'TODO: One sentence for search results and link previews.',
      ...reviewed(context),
    },
    body: 'TODO: The page.',
  }),
};

/** Provenance, a placeholder source and the review dates: today, and a year from today. */
function reviewed(context: NewEntryContext) {
  const [year, month, day] = context.today.split('-');
  return {
    provenance: 'project',
    sources: [
      { title: 'TODO: Title of the source', url: 'https://example.org/TODO-replace-with-the-source-address' },
    ],
    lastReviewed: context.today,
    nextReviewDue: `${Number(year) + 1}-${month}-${month === '02' && day === '29' ? '28' : day}`,
  };
}

function sorted<T extends { data: unknown }>(entries: readonly T[], key: (data: T['data']) => number): T[] {
  return [...entries].sort((a, b) => key(a.data) - key(b.data));
}

function next(numbers: readonly number[]): number {
  return Math.max(0, ...numbers) + 1;
}
