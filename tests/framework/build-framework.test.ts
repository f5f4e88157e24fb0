import { describe, expect, it } from 'vitest';
import { buildFramework, competenciesFor, levelFor } from '../../src/framework/index.ts';
import { sampleInput } from './sample.ts';

const framework = buildFramework(
  sampleInput([
    { id: 'b', domain: 'second', tier: 'specialist', levels: { users: 'low' } },
    { id: 'a', domain: 'first-sub', tier: 'specialist', levels: { drivers: 'high', users: 'low' } },
    { id: 'c', domain: 'first', tier: 'specialist', levels: { shapers: 'low' } },
  ]),
);

describe('buildFramework', () => {
  it('orders archetypes by order and levels by rank', () => {
    expect(framework.archetypes.map((a) => a.id)).toEqual(['shapers', 'drivers', 'users']);
    expect(framework.levels.map((l) => l.id)).toEqual(['low', 'high']);
  });

  it('orders domains depth-first with their depth', () => {
    expect(framework.domains.map((d) => [d.id, d.depth, d.position])).toEqual([
      ['first', 0, 0],
      ['first-sub', 1, 1],
      ['second', 0, 2],
    ]);
  });

  it('orders competencies by domain order and resolves each requirement in archetype order', () => {
    expect(framework.competencies.map((c) => c.id)).toEqual(['c', 'a', 'b']);
    const a = framework.competencies.find((c) => c.id === 'a')!;
    expect(a.requirements.map((r) => [r.archetype, r.level.id])).toEqual([
      ['drivers', 'high'],
      ['users', 'low'],
    ]);
    expect(levelFor(a, 'drivers')?.name).toBe('High');
    expect(levelFor(a, 'shapers')).toBeUndefined();
  });

  it('lists the competencies an archetype needs', () => {
    expect(competenciesFor(framework, 'users').map((c) => c.id)).toEqual(['a', 'b']);
  });

  it('refuses a dangling level reference instead of guessing', () => {
    const input = sampleInput([
      { id: 'x', domain: 'first', tier: 'specialist', levels: { users: 'missing' } },
    ]);
    expect(() => buildFramework(input)).toThrow(/unknown level "missing"/);
  });
});
