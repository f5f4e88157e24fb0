import type { FrameworkInput } from '../../src/framework/index.ts';
import type { ArchetypeId, CompetencyData } from '../../src/schemas/index.ts';

const reviewed = {
  sources: [{ title: 'Source', url: 'https://example.org/source' }],
  lastReviewed: '2026-01-01',
  nextReviewDue: '2027-01-01',
  body: '',
  file: 'content/x.mdx',
};

/** A small framework in memory: two levels, three domains (one a sub-domain), three archetypes. */
export function sampleInput(
  competencies: Array<
    Pick<CompetencyData, 'id' | 'domain' | 'tier' | 'levels'> & { hours?: number; title?: string }
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
    },
    archetypes: archetypes.map((id, i) => ({
      ...reviewed,
      id,
      name: id[0]!.toUpperCase() + id.slice(1),
      order: [5, 2, 1][i]!,
      summary: id,
      exampleRoles: ['Role'],
      responsibilities: ['Responsibility'],
      provenance: 'project',
    })),
    levels: [
      { ...reviewed, id: 'high', name: 'High', rank: 2, descriptor: 'High', provenance: 'project' },
      { ...reviewed, id: 'low', name: 'Low', rank: 1, descriptor: 'Low', provenance: 'project' },
    ],
    domains: [
      {
        ...reviewed,
        id: 'second',
        name: 'Second',
        order: 2,
        summary: 's',
        confidenceLevels: [],
        provenance: 'project',
      },
      {
        ...reviewed,
        id: 'first',
        name: 'First',
        order: 1,
        summary: 'f',
        confidenceLevels: [],
        provenance: 'project',
      },
      {
        ...reviewed,
        id: 'first-sub',
        name: 'First, sub',
        order: 1,
        summary: 'fs',
        parent: 'first',
        confidenceLevels: [],
        provenance: 'project',
      },
    ],
    competencies: competencies.map((c) => ({
      ...reviewed,
      title: c.id,
      kind: 'knowledge',
      outcomes: ['One', 'Two'],
      hours: 1,
      assessment: [`Assess ${c.id}`],
      confidenceFactors: [],
      provenance: 'project',
      ...c,
    })),
    recommendations: [],
    personas: [],
    guides: [],
  };
}
