import { describe, expect, it } from 'vitest';
import { editDistance, nearest } from '../../src/validation/nearest.ts';

describe('nearest', () => {
  it('suggests the closest known key for a typo', () => {
    expect(nearest('sumary', ['summary', 'sources', 'name'])).toBe('summary');
    expect(nearest('Outcomes', ['outcomes', 'hours'])).toBe('outcomes');
  });

  it('suggests nothing when no candidate is close', () => {
    expect(nearest('colour', ['summary', 'sources'])).toBeUndefined();
  });

  it('measures edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
