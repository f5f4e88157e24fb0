import { describe, expect, it } from 'vitest';
import {
  archetypeCombinations,
  buildFramework,
  editionTitle,
  syllabus,
  type FrameworkInput,
} from '../../src/framework/index.ts';
import { sampleInput } from './sample.ts';
import { SITE } from '../helpers.ts';

const input = sampleInput([
  {
    id: 'basics',
    domain: 'second',
    tier: 'foundational',
    levels: { shapers: 'low', drivers: 'high', users: 'low' },
    hours: { low: 2, high: 5 },
  },
  {
    id: 'procure',
    domain: 'second',
    tier: 'specialist',
    levels: { drivers: 'high', users: 'low' },
    hours: { low: 3, high: 8 },
  },
  { id: 'use', domain: 'first', tier: 'specialist', levels: { users: 'high' }, hours: { low: 1, high: 0.5 } },
  { id: 'scribe', domain: 'first', tier: 'specialist', levels: { users: 'low' }, roles: ['clinical'] },
  { id: 'admin', domain: 'first', tier: 'specialist', levels: { users: 'low' }, roles: ['non-clinical'] },
  {
    id: 'policy',
    domain: 'first-sub',
    tier: 'specialist',
    levels: { shapers: 'high' },
    hours: { low: 1, high: 4 },
  },
]);
const framework = buildFramework(input);

const item = (s: ReturnType<typeof syllabus>, id: string) =>
  [...s.foundation, ...s.modules.flatMap((m) => m.items)].find((i) => i.competency.id === id)!;

describe('syllabus', () => {
  it('for one archetype lists its foundation and its specialist modules in domain order', () => {
    const users = syllabus(framework, ['users'], SITE);
    expect(users.foundation.map((i) => i.competency.id)).toEqual(['basics']);
    expect(users.modules.map((m) => [m.domain.id, m.items.map((i) => i.competency.id)])).toEqual([
      ['first', ['admin', 'scribe', 'use']],
      ['second', ['procure']],
    ]);
  });

  it('takes each competency only up to the level needed, and adds up only those levels', () => {
    const users = syllabus(framework, ['users'], SITE);
    const drivers = syllabus(framework, ['drivers'], SITE);
    expect(item(users, 'procure').steps.map((s) => s.level.id)).toEqual(['low']);
    expect(item(users, 'procure').hours).toBe(3);
    expect(item(drivers, 'procure').steps.map((s) => s.level.id)).toEqual(['low', 'high']);
    expect(item(drivers, 'procure').hours).toBe(11);
    // use (1 + 0.5) + scribe (1) + admin (1) + procure (3), and basics at low (2).
    expect(users.hours).toMatchObject({ foundational: 2, specialist: 6.5, total: 8.5 });
    expect(users.modules.map((m) => m.hours)).toEqual([3.5, 3]);
  });

  it('counts the levels every archetype needs of a foundational competency as the foundational programme', () => {
    const drivers = syllabus(framework, ['drivers'], SITE);
    // basics: low (2) is what every archetype needs; drivers' high (5) is specialist, as is procure (11).
    expect(item(drivers, 'basics').steps.map((s) => [s.level.id, s.foundational])).toEqual([
      ['low', true],
      ['high', false],
    ]);
    expect(drivers.hours).toMatchObject({ foundational: 2, specialist: 16, total: 18 });
  });

  it('says how many hours concern only clinical or only non-clinical roles', () => {
    const users = syllabus(framework, ['users'], SITE);
    expect([users.hours.clinicalOnly, users.hours.nonClinicalOnly]).toEqual([1, 1]);
    expect(syllabus(framework, ['drivers'], SITE).hours).toMatchObject({
      clinicalOnly: 0,
      nonClinicalOnly: 0,
    });
  });

  it('for a combination takes the union, each competency once up to the highest level needed', () => {
    const combined = syllabus(framework, ['users', 'drivers'], SITE);
    const procure = item(combined, 'procure');
    expect(procure.level.id).toBe('high');
    expect(procure.neededBy).toEqual(['drivers', 'users']);
    expect(combined.hours.total).toBe(syllabus(framework, ['drivers'], SITE).hours.total + 1.5 + 1 + 1);
  });

  it('names and addresses the syllabus in archetype order, whatever order it was asked in', () => {
    const combined = syllabus(framework, ['users', 'shapers'], SITE);
    expect(combined.slug).toBe('shapers-users');
    expect(editionTitle(combined, 'provider')).toBe(
      "AI education syllabus for Shapers and Users: provider's edition",
    );
    expect(editionTitle(combined, 'learner')).toBe(
      'Learning about AI in health and care: a syllabus for Shapers and Users',
    );
    expect(combined.url).toBe('https://example.org/framework/syllabi/shapers-users/');
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
  });

  it('chooses example learners by the archetype they mainly act as, the report first', () => {
    const persona = (
      id: string,
      archetypes: FrameworkInput['personas'][number]['archetypes'],
      report = false,
    ) => ({
      ...input.levels[0]!,
      id,
      name: id,
      archetypes,
      role: 'Role',
      setting: 'Setting',
      responsibilities: ['R'],
      journey: [{ step: 'S' }],
      ...(report ? { basedOn: { report: ['role'] } } : {}),
    });
    const withPersonas = buildFramework({
      ...input,
      personas: [
        persona('cio', ['drivers', 'users']),
        persona('nurse', ['users']),
        persona('reported-nurse', ['users'], true),
      ],
    });
    expect(syllabus(withPersonas, ['users'], SITE).personas.map((p) => p.id)).toEqual([
      'reported-nurse',
      'nurse',
    ]);
    expect(syllabus(withPersonas, ['drivers'], SITE).personas.map((p) => p.id)).toEqual(['cio']);
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
