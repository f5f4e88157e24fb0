import { describe, expect, it } from 'vitest';
import {
  archetypeComparison,
  archetypeProfile,
  buildFramework,
  hoursByLevel,
  hoursByPart,
  rowTotal,
  syllabus,
  withUnit,
} from '../../src/framework/index.ts';
import { SITE } from '../helpers.ts';
import { sampleInput } from './sample.ts';

const framework = buildFramework(
  sampleInput([
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
    {
      id: 'use',
      domain: 'first',
      tier: 'specialist',
      levels: { users: 'high' },
      hours: { low: 1, high: 0.5 },
    },
  ]),
);
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('hours charts of a syllabus', () => {
  const drivers = syllabus(framework, ['drivers'], SITE);

  it('split the hours by part and by level, adding up to the syllabus total', () => {
    const byPart = hoursByPart(drivers);
    const byLevel = hoursByLevel(drivers);
    expect(sum(byPart.rows.map(rowTotal))).toBe(drivers.hours.total);
    expect(sum(byLevel.rows.map(rowTotal))).toBe(drivers.hours.total);
    const foundational = (rows: typeof byPart.rows) =>
      sum(rows.map((r) => r.segments.find((s) => s.key === 'foundational')!.value));
    expect(foundational(byPart.rows)).toBe(drivers.hours.foundational);
    expect(foundational(byLevel.rows)).toBe(drivers.hours.foundational);
  });

  it('lists only the levels the syllabus reaches, lowest first', () => {
    expect(hoursByLevel(syllabus(framework, ['shapers'], SITE)).rows.map((r) => r.label)).toEqual(['Low']);
    expect(hoursByLevel(drivers).rows.map((r) => r.label)).toEqual(['Low', 'High']);
  });
});

describe('archetype charts', () => {
  it("give an archetype's competencies per domain and level", () => {
    const profile = archetypeProfile(framework, ['drivers']);
    expect(profile.rows.map((r) => [r.label, r.segments.map((s) => s.value)])).toEqual([
      ['First', [0, 0]],
      ['Second', [0, 2]],
    ]);
    expect(profile.keys.map((k) => k.rank)).toEqual([1, 2]);
  });

  it('count each competency of a combination once, at the highest level either needs', () => {
    const both = archetypeProfile(framework, ['drivers', 'users']);
    expect(both.rows.map((r) => [r.label, r.segments.map((s) => s.value)])).toEqual([
      ['First', [0, 1]],
      ['Second', [0, 2]],
    ]);
  });

  it('compare archetypes per domain, one row each, with the same counts as their profiles', () => {
    const ids = ['users', 'drivers'] as const;
    for (const { domain, chart } of archetypeComparison(framework, ids)) {
      ids.forEach((id, i) => {
        const profileRow = archetypeProfile(framework, [id]).rows.find((r) => r.label === domain)!;
        expect(chart.rows[i]!.segments).toEqual(profileRow.segments);
      });
    }
  });
});

describe('withUnit', () => {
  it('writes one and several, and rounds to two places', () => {
    expect(withUnit(1, ['hour', 'hours'])).toBe('1 hour');
    expect(withUnit(2.255, ['hour', 'hours'])).toBe('2.26 hours');
    expect(withUnit(0, ['competency', 'competencies'])).toBe('0 competencies');
  });
});
