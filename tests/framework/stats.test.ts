import { describe, expect, it } from 'vitest';
import { buildFramework, formatStats, frameworkStats } from '../../src/framework/index.ts';
import { sampleInput } from './sample.ts';

const framework = buildFramework(
  sampleInput([
    {
      id: 'a',
      domain: 'first',
      tier: 'foundational',
      levels: { shapers: 'low', drivers: 'low', users: 'high' },
    },
    { id: 'b', domain: 'second', tier: 'specialist', levels: { users: 'high' } },
  ]),
);

describe('frameworkStats', () => {
  it('counts competencies per archetype, domain, tier and level', () => {
    const stats = frameworkStats(framework);
    expect(stats.perArchetype.find((a) => a.id === 'users')).toMatchObject({
      competencies: 2,
      foundational: 1,
      specialist: 1,
    });
    expect(stats.perDomain.map((d) => [d.id, d.competencies])).toEqual([
      ['first', 1],
      ['first-sub', 0],
      ['second', 1],
    ]);
    expect(stats.perTier).toEqual({ foundational: 1, specialist: 1 });
    expect(stats.perLevel.map((l) => [l.id, l.requirements])).toEqual([
      ['low', 2],
      ['high', 2],
    ]);
  });

  it('prints the counts as labelled tables', () => {
    expect(formatStats(frameworkStats(framework))).toMatch(/Users \(1 \+ 1\)\s+2/);
  });
});
