import { describe, expect, it } from 'vitest';
import { buildFramework } from '../../src/framework/index.ts';
import { assess, assessmentData, NOT_YET } from '../../src/self-assessment/index.ts';
import { sampleInput } from '../framework/sample.ts';

// Levels: low (rank 1, 1 hour by default), high (rank 2, 2 hours). Framework order of the
// archetypes: shapers, drivers, users. Domains: first, first-sub, second.
const framework = buildFramework(
  sampleInput([
    {
      id: 'basics',
      domain: 'first',
      tier: 'foundational',
      levels: { users: 'low', drivers: 'high', shapers: 'low' },
    },
    {
      id: 'data-use',
      domain: 'second',
      tier: 'specialist',
      levels: { users: 'high' },
      hours: { low: 1.5, high: 2.25 },
    },
    { id: 'leading', domain: 'first-sub', tier: 'specialist', levels: { drivers: 'low' } },
  ]),
);
const data = assessmentData(framework);

describe('assess', () => {
  it('lists what one archetype needs, in syllabus order, with every level still to reach', () => {
    const result = assess(data, ['users'], {});
    expect(result.items.map((i) => [i.id, i.needed.id])).toEqual([
      ['basics', 'low'],
      ['data-use', 'high'],
    ]);
    const dataUse = result.items[1]!;
    expect(dataUse.current).toBeUndefined();
    expect(dataUse.answered).toBe(false);
    expect(dataUse.gap).toBe(2);
    expect(dataUse.toReach.map((s) => s.level)).toEqual(['low', 'high']);
    expect(dataUse.toReach[0]!.outcomes).toEqual(['data-use low one', 'data-use low two']);
    expect(dataUse.hours).toBe(3.75);
    expect(result.totals).toMatchObject({ competencies: 2, gaps: 2, met: 0, unanswered: 2, hours: 4.75 });
  });

  it('leaves out the levels a learner can already show', () => {
    const result = assess(data, ['users'], { basics: 'low', 'data-use': 'low' });
    expect(result.items.map((i) => [i.id, i.gap, i.hours])).toEqual([
      ['basics', 0, 0],
      ['data-use', 1, 2.25],
    ]);
    expect(result.items[1]!.toReach.map((s) => s.level)).toEqual(['high']);
    expect(result.totals).toMatchObject({
      met: 1,
      gaps: 1,
      unanswered: 0,
      hours: 2.25,
      needed: 3,
      current: 2,
    });
  });

  it('counts "not yet" as an answer with the whole way to go', () => {
    const [basics] = assess(data, ['users'], { basics: NOT_YET }).items;
    expect(basics).toMatchObject({ answered: true, current: undefined, gap: 1, hours: 1 });
  });

  it('takes the highest level any chosen archetype needs, as the syllabus does', () => {
    const result = assess(data, ['users', 'drivers'], { basics: 'low' });
    expect(result.slug).toBe('drivers-users');
    expect(result.archetypes.map((a) => a.id)).toEqual(['drivers', 'users']);
    expect(result.items.map((i) => [i.id, i.needed.id])).toEqual([
      ['basics', 'high'],
      ['leading', 'low'],
      ['data-use', 'high'],
    ]);
    expect(result.items[0]).toMatchObject({ gap: 1, hours: 2 });
  });

  it('counts a level above the one needed only up to the one needed', () => {
    const [basics] = assess(data, ['shapers'], { basics: 'high' }).items;
    expect(basics).toMatchObject({ gap: 0, hours: 0, toReach: [] });
    expect(assess(data, ['shapers'], { basics: 'high' }).domains[0]).toMatchObject({ needed: 1, current: 1 });
  });

  it('sums level ranks per domain, in domain order, for the chart', () => {
    const result = assess(data, ['drivers', 'users'], { basics: 'low', 'data-use': 'high' });
    expect(result.domains).toEqual([
      { id: 'first', name: 'First', competencies: 1, needed: 2, current: 1, gaps: 1, hours: 2 },
      { id: 'first-sub', name: 'First, sub', competencies: 1, needed: 1, current: 0, gaps: 1, hours: 1 },
      { id: 'second', name: 'Second', competencies: 1, needed: 2, current: 2, gaps: 0, hours: 0 },
    ]);
  });

  it('treats an answer naming an unknown level as no answer', () => {
    const [basics] = assess(data, ['users'], { basics: 'wizard' }).items;
    expect(basics).toMatchObject({ answered: false, gap: 1 });
  });

  it('ignores unknown archetypes and refuses an empty choice', () => {
    expect(assess(data, ['users', 'wizards'], {}).slug).toBe('users');
    expect(() => assess(data, [], {})).toThrow(/Choose at least one archetype/);
  });
});

describe('assessmentData', () => {
  it('holds every combination of archetypes, taken from the syllabus', () => {
    expect(Object.keys(data.needs)).toHaveLength(7);
    expect(data.needs['shapers']).toEqual([[0, 0]]);
  });

  it('keeps each competency’s levels lowest first, with their hours and outcomes', () => {
    expect(data.competencies.find((c) => c.id === 'data-use')!.steps).toEqual([
      { level: 'low', hours: 1.5, outcomes: ['data-use low one', 'data-use low two'] },
      { level: 'high', hours: 2.25, outcomes: ['data-use high one', 'data-use high two'] },
    ]);
  });
});
