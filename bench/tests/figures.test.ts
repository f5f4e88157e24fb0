import { describe, expect, it } from 'vitest';
import { growth, targetResults } from '../figures.ts';
import { SIZES, size } from './scale-fixtures.ts';

describe('scale figures', () => {
  it('compares each time between consecutive sizes, leaving out what was not measured', () => {
    const site = growth(SIZES).find((g) => g.metric === 'Build without compiling PDFs')!;
    expect(site.ratios).toEqual([5, undefined]);
    expect(growth(SIZES).find((g) => g.metric === 'Content check')!.ratios).toEqual([1500 / 700, 4]);
  });

  it('judges the check of the largest size, the full build of the real one and each ratio to bare Starlight', () => {
    const results = targetResults(SIZES);
    expect(results.find((r) => r.target.startsWith('Content check of the 100x'))).toMatchObject({
      measured: '6.00 s',
      met: false,
    });
    expect(results.find((r) => r.target.startsWith('Full build of the real'))).toMatchObject({
      measured: '24.0 s',
      met: true,
    });
    expect(results.find((r) => r.target.startsWith('1x: build without'))).toMatchObject({
      measured: '1.20x',
      met: true,
    });
    expect(results.find((r) => r.target.startsWith('10x: build without'))).toMatchObject({
      measured: '2.00x',
      met: false,
    });
  });

  it('fails the one-change target when more PDFs were compiled than list the competency', () => {
    const judged = (compiled: number) =>
      targetResults([size(1, 700, 12_000, 10_000, compiled)]).find((r) =>
        r.target.includes('one competency'),
      )!;
    expect(judged(32).met).toBe(true);
    expect(judged(33)).toMatchObject({ measured: '33 compiled; 32 list it', met: false });
  });
});
