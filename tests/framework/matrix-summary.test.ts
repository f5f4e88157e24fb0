import { describe, expect, it } from 'vitest';
import { buildFramework, countsInWords, domainSummaries } from '../../src/framework/index.ts';
import { sampleInput } from './sample.ts';

const framework = buildFramework(
  sampleInput([
    {
      id: 'a',
      domain: 'first',
      tier: 'foundational',
      levels: { shapers: 'low', drivers: 'low', users: 'high' },
    },
    { id: 'b', domain: 'first', tier: 'specialist', levels: { users: 'high', drivers: 'high' } },
    { id: 'c', domain: 'second', tier: 'specialist', levels: { users: 'low' } },
  ]),
);

describe('domainSummaries', () => {
  const summaries = domainSummaries(framework, framework.competencies);
  const counts = (domain: string, archetype: string) =>
    summaries.find((s) => s.domain.id === domain)!.byArchetype.find((c) => c.archetype === archetype)!;

  it('groups competencies by domain in the framework order, leaving out empty domains', () => {
    expect(summaries.map((s) => [s.domain.id, s.competencies.map((c) => c.id)])).toEqual([
      ['first', ['a', 'b']],
      ['second', ['c']],
    ]);
  });

  it('counts, per archetype, the competencies needed at each level and those not needed', () => {
    expect(counts('first', 'users').levels.map((l) => [l.level.id, l.count])).toEqual([
      ['low', 0],
      ['high', 2],
    ]);
    expect(counts('first', 'drivers').levels.map((l) => l.count)).toEqual([1, 1]);
    expect(counts('first', 'shapers')).toMatchObject({ notNeeded: 1 });
    for (const summary of summaries)
      for (const c of summary.byArchetype)
        expect(c.levels.reduce((sum, l) => sum + l.count, c.notNeeded)).toBe(summary.competencies.length);
  });

  it('puts the counts in words, lowest level first', () => {
    expect(countsInWords(counts('first', 'drivers'))).toBe('1 Low, 1 High');
    expect(countsInWords(counts('second', 'drivers'))).toBe('None needed');
  });
});
