import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { byCodePoint } from '../../src/framework/order.ts';

const ORDER = new URL('../../src/framework/order.ts', import.meta.url).href;

describe('byCodePoint', () => {
  it('orders ids by code point', () => {
    expect(['zebra', 'aardvark', 'a-b', 'ab', 'b'].sort(byCodePoint)).toEqual([
      'a-b',
      'aardvark',
      'ab',
      'b',
      'zebra',
    ]);
  });

  it('gives the same order on a machine set to Danish, where localeCompare puts "aa" after "z"', () => {
    const script = `import { byCodePoint } from ${JSON.stringify(ORDER)};
      const ids = ['zebra', 'aardvark'];
      console.log([...ids].sort(byCodePoint).join(' '), '|', [...ids].sort((a, b) => a.localeCompare(b)).join(' '));`;
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      env: { ...process.env, LC_ALL: 'da_DK.UTF-8', LANG: 'da_DK.UTF-8' },
      encoding: 'utf8',
    });
    expect(output.trim()).toBe('aardvark zebra | zebra aardvark');
  });
});
