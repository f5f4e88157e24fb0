import type { FrameworkInput } from '../../src/framework/index.ts';
import type { ArchetypeId, CompetencyData } from '../../src/schemas/index.ts';

const reviewed = {
  sources: [{ title: 'Source', url: 'https://example.org/source' }],
  lastReviewed: '2026-01-01',
  nextReviewDue: '2027-01-01',
  body: '',
  file: 'content/x.mdx',
};

const RANKS: Record<string, number> = { low: 1, high: 2 };

/**
 * A small framework in memory: two levels (low, high), three domains (one a sub-domain), three
 * archetypes. Each competency describes every level up to the highest its archetypes need,
 * with `hours` per level (by default 1 for low and 2 for high) and two outcomes per level.
 */
export function sampleInput(
  competencies: Array<
    Pick<CompetencyData, 'id' | 'domain' | 'tier' | 'levels'> &
      Partial<Pick<CompetencyData, 'roles' | 'strands' | 'replaces' | 'capabilityFramework'>> & {
        hours?: Partial<Record<'low' | 'high', number>>;
        title?: string;
      }
  >,
): FrameworkInput {
  const archetypes: ArchetypeId[] = ['users', 'drivers', 'shapers'];
  return {
    settings: {
      title: 'Sample',
      edition: '1',
      published: '2026-01-01',
      publisher: 'Tests',
      licence: 'CC-BY-4.0',
      minCompetenciesPerArchetype: 1,
      strands: [{ id: 'rules', name: 'Rules', summary: 'The rules.', reviewMonths: 6 }],
      capabilityFramework: {
        title: 'Capability framework',
        publisher: 'Publisher',
        published: '2023-02-21',
        source: { title: 'Structure', url: 'https://example.org/structure' },
        domains: [
          { code: '5', name: 'Data', subdomains: [] },
          { code: '6', name: 'AI', subdomains: [{ code: '6.1', name: 'Machine learning' }] },
        ],
      },
    },
    archetypes: archetypes.map((id, i) => ({
      ...reviewed,
      id,
      name: id[0]!.toUpperCase() + id.slice(1),
      order: [5, 2, 1][i]!,
      summary: id,
      exampleRoles: ['Role'],
      responsibilities: ['Responsibility'],
      ceiling: 'high',
    })),
    levels: [level('high', 2), level('low', 1)],
    domains: [
      {
        ...reviewed,
        id: 'second',
        name: 'Second',
        order: 2,
        summary: 's',
        confidenceLevels: [],
      },
      {
        ...reviewed,
        id: 'first',
        name: 'First',
        order: 1,
        summary: 'f',
        confidenceLevels: [],
      },
      {
        ...reviewed,
        id: 'first-sub',
        name: 'First, sub',
        order: 1,
        summary: 'fs',
        parent: 'first',
        confidenceLevels: [],
      },
    ],
    competencies: competencies.map(({ hours, ...c }) => {
      const top = Math.max(...Object.values(c.levels).map((id) => RANKS[id!]!));
      const described = Object.keys(RANKS).filter((id) => RANKS[id]! <= top);
      return {
        ...reviewed,
        title: c.id,
        kind: 'knowledge' as const,
        strands: [],
        keywords: [],
        capabilityFramework: ['6'],
        progression: Object.fromEntries(
          described.map((id) => [
            id,
            {
              hours: hours?.[id as 'low' | 'high'] ?? RANKS[id]!,
              outcomes: [`${c.id} ${id} one`, `${c.id} ${id} two`],
            },
          ]),
        ),
        assessment: [`Assess ${c.id}`],
        confidenceFactors: [],
        replaces: [],
        ...c,
      };
    }),
    recommendations: [],
    personas: [],
    guides: [],
  };
}

function level(id: string, rank: number) {
  return {
    ...reviewed,
    id,
    name: id[0]!.toUpperCase() + id.slice(1),
    rank,
    descriptor: id,
    change: `To ${id}`,
    evidence: [`Evidence of ${id}`],
    verbs: rank === 1 ? ['describe'] : ['apply'],
    typicalHours: { min: 0.5, max: 10 },
  };
}
