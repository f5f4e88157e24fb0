import { describe, expect, it } from 'vitest';
import { closest, editDistance, nearest } from '../../src/validation/nearest.ts';

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

describe('closest', () => {
  const domains = [
    { id: 'clinical-use-and-appropriate-confidence', names: ['Clinical use and appropriate confidence'] },
    { id: 'data', names: ['Data for AI'] },
    { id: 'foundations-of-ai', names: ['Foundations of AI'] },
  ];

  it('maps a name as the site shows it to its id', () => {
    expect(closest('Data for AI', domains)).toBe('data');
    expect(closest('Foundations Of AI', domains)).toBe('foundations-of-ai');
  });

  it('finds a typo and the one id that contains the words given', () => {
    expect(closest('foundatons-of-ai', domains)).toBe('foundations-of-ai');
    expect(closest('clinical-use', domains)).toBe('clinical-use-and-appropriate-confidence');
  });

  it('suggests nothing for words no id or name contains', () => {
    expect(closest('procurement', domains)).toBeUndefined();
    expect(closest('', domains)).toBeUndefined();
  });
});
