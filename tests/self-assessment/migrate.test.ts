import { describe, expect, it } from 'vitest';
import { buildFramework } from '../../src/framework/index.ts';
import { assessmentData, migrateAnswers } from '../../src/self-assessment/index.ts';
import { sampleInput } from '../framework/sample.ts';

const data = assessmentData(
  buildFramework(
    sampleInput([
      {
        id: 'basics',
        domain: 'first',
        tier: 'foundational',
        levels: { users: 'high', drivers: 'high', shapers: 'low' },
      },
      {
        id: 'data-use',
        domain: 'second',
        tier: 'specialist',
        levels: { users: 'high' },
        replaces: ['old-data', 'older-data'],
      },
    ]),
  ),
);

describe('migrateAnswers', () => {
  it('keeps answers under current ids as they are', () => {
    expect(migrateAnswers(data, { basics: 'high', 'data-use': 'not-yet' })).toEqual({
      answers: { basics: 'high', 'data-use': 'not-yet' },
      carriedOver: [],
      noLongerUsed: [],
    });
  });

  it('carries an answer under a merged competency over to the one it was merged into', () => {
    expect(migrateAnswers(data, { 'old-data': 'low' })).toEqual({
      answers: { 'data-use': 'low' },
      carriedOver: [{ from: 'old-data', to: 'data-use' }],
      noLongerUsed: [],
    });
  });

  it('keeps the higher level when the old and the new id both have an answer', () => {
    expect(migrateAnswers(data, { 'old-data': 'high', 'data-use': 'low' }).answers).toEqual({
      'data-use': 'high',
    });
    expect(migrateAnswers(data, { 'data-use': 'high', 'old-data': 'low' }).answers).toEqual({
      'data-use': 'high',
    });
    expect(migrateAnswers(data, { 'old-data': 'not-yet', 'older-data': 'low' }).answers).toEqual({
      'data-use': 'low',
    });
  });

  it('keeps unknown competencies and unknown levels aside, to report as no longer used', () => {
    const result = migrateAnswers(data, { gone: 'low', basics: 'wizard', 'data-use': 'low' });
    expect(result.answers).toEqual({ 'data-use': 'low' });
    expect(result.noLongerUsed).toEqual([
      { id: 'basics', level: 'wizard' },
      { id: 'gone', level: 'low' },
    ]);
  });

  it('treats hostile ids as plain strings', () => {
    const saved = JSON.parse('{"__proto__": "low", "<img src=x onerror=alert(1)>": "high"}');
    const result = migrateAnswers(data, saved);
    expect(Object.getPrototypeOf(result.answers)).toBe(Object.prototype);
    expect(result.noLongerUsed.map((u) => u.id)).toEqual(['__proto__', '<img src=x onerror=alert(1)>']);
  });
});
