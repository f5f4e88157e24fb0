import { describe, expect, it } from 'vitest';
import { archetypeCombinations, buildFramework, syllabus } from '../../src/framework/index.ts';
import { sampleInput } from './sample.ts';

const all = { shapers: 'low', drivers: 'low', users: 'low' } as const;
const framework = buildFramework(
  sampleInput([
    { id: 'basics', domain: 'second', tier: 'foundational', levels: all, hours: 2 },
    {
      id: 'procure',
      domain: 'second',
      tier: 'specialist',
      levels: { drivers: 'high', users: 'low' },
      hours: 3,
    },
    { id: 'use', domain: 'first', tier: 'specialist', levels: { users: 'high' }, hours: 1.5 },
    { id: 'policy', domain: 'first-sub', tier: 'specialist', levels: { shapers: 'high' }, hours: 4 },
  ]),
);
const SITE = 'https://example.org/base';

describe('syllabus', () => {
  it('for one archetype lists its foundation and its specialist modules in domain order', () => {
    const users = syllabus(framework, ['users'], SITE);
    expect(users.foundation.map((i) => i.competency.id)).toEqual(['basics']);
    expect(users.modules.map((m) => [m.domain.id, m.items.map((i) => i.competency.id)])).toEqual([
      ['first', ['use']],
      ['second', ['procure']],
    ]);
    expect(users.totalHours).toBe(6.5);
    expect(users.foundationHours).toBe(2);
    expect(users.modules.map((m) => m.hours)).toEqual([1.5, 3]);
  });

  it('for a combination takes the union, each competency once at the highest level needed', () => {
    const combined = syllabus(framework, ['users', 'drivers'], SITE);
    const ids = [...combined.foundation, ...combined.modules.flatMap((m) => m.items)].map(
      (i) => i.competency.id,
    );
    expect(ids).toEqual(['basics', 'use', 'procure']);
    const procure = combined.modules.flatMap((m) => m.items).find((i) => i.competency.id === 'procure')!;
    expect(procure.level.id).toBe('high');
    expect(procure.neededBy).toEqual(['drivers', 'users']);
    expect(combined.totalHours).toBe(6.5);
  });

  it('names and addresses the syllabus in archetype order, whatever order it was asked in', () => {
    const combined = syllabus(framework, ['users', 'shapers'], SITE);
    expect(combined.slug).toBe('shapers-users');
    expect(combined.title).toBe('AI education syllabus for Shapers and Users');
    expect(combined.url).toBe('https://example.org/base/syllabi/shapers-users/');
    expect(combined.modules[0]!.domain.id).toBe('first');
  });

  it('carries edition and the review window of what it draws on', () => {
    const s = syllabus(framework, ['drivers'], SITE);
    expect([s.edition, s.published, s.lastReviewed, s.nextReviewDue]).toEqual([
      '1',
      '2026-01-01',
      '2026-01-01',
      '2027-01-01',
    ]);
    expect(s.assessmentIdeas).toEqual(['Assess basics', 'Assess procure']);
  });

  it('rejects an empty or unknown selection', () => {
    expect(() => syllabus(framework, [], SITE)).toThrow(/empty/);
    expect(() => syllabus(framework, ['creators'], SITE)).toThrow(/Unknown/);
  });

  it('enumerates every non-empty combination of archetypes', () => {
    const combinations = archetypeCombinations(framework);
    expect(combinations).toHaveLength(7);
    expect(combinations[0]).toEqual(['shapers']);
    expect(combinations.at(-1)).toEqual(['shapers', 'drivers', 'users']);
  });
});
