import { describe, expect, it } from 'vitest';
import { BoundedMemo } from '../../src/markdown/bounded-memo.ts';

describe('BoundedMemo', () => {
  it('makes a value once per key, and forgets everything when full', () => {
    const memo = new BoundedMemo<string>(2);
    let made = 0;
    const get = (key: string) => memo.get(key, () => `${key}${++made}`);
    expect([get('a'), get('a'), get('b'), get('b')]).toEqual(['a1', 'a1', 'b2', 'b2']);
    expect(made).toBe(2);
    expect(get('c')).toBe('c3'); // full: a and b forgotten
    expect(get('a')).toBe('a4');
    expect(get('c')).toBe('c3');
  });
});
