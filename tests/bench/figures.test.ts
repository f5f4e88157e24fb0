import { describe, expect, it } from 'vitest';
import { fullBuild, growth, pdfTotal, siteBuildMs, targetResults } from '../../src/bench/scale/figures.ts';
import { SIZES } from './scale-fixtures.ts';

const [ONE, TEN] = SIZES as [(typeof SIZES)[0], (typeof SIZES)[0]];

describe('scale figures', () => {
  it('measures the full build and the build without PDFs where the builds compiled them', () => {
    expect(siteBuildMs(ONE)).toBe(10_000);
    expect(fullBuild(ONE)).toEqual({ ms: 20_000, estimated: false });
    // All PDFs one after another: from the largest alone (1 s, a tenth of what all 31 list).
    expect(pdfTotal(ONE)).toEqual({ ms: 10_000, estimated: true });
  });

  it('estimates all PDFs from the largest, in proportion to the competencies all syllabi list', () => {
    // The largest took 2.5 s and lists a tenth of what the 31 list together.
    expect(pdfTotal(TEN)).toEqual({ ms: 25_000, estimated: true });
    expect(siteBuildMs(TEN)).toBe(50_000);
    expect(fullBuild(TEN)).toEqual({ ms: 75_000, estimated: true });
  });

  it('gives the growth of each measure between consecutive sizes', () => {
    const by = (metric: string) => growth(SIZES).find((g) => g.metric === metric)!;
    expect(by('Build without PDFs').ratios).toEqual([5, 14]);
    expect(by('Content check').ratios).toEqual([1500 / 700, 4]);
    expect(by('HTML').ratios).toEqual([10, 10]);
    expect(by('HTML').time).toBe(false);
  });

  it('judges each target: the largest check, the real build, the bare ratio and growth of times', () => {
    const results = targetResults(SIZES);
    const met = (prefix: string) => results.filter((r) => r.target.startsWith(prefix)).map((r) => r.met);
    expect(met('Content check of the 100x')).toEqual([false]);
    expect(met('Full build of the real')).toEqual([true]);
    expect(met('1x: our build within')).toEqual([false]);
    expect(met('Build without PDFs: 10x / 1x')).toEqual([true]);
    expect(met('Build without PDFs: 100x / 10x')).toEqual([false]);
    expect(results.find((r) => r.target.startsWith('10x: our build'))!.measured).toBe(
      '3.8x (estimate); without PDFs 2.5x',
    );
  });

  it('leaves out a growth it cannot compute', () => {
    expect(growth([ONE]).every((g) => g.ratios.length === 0)).toBe(true);
    // A size with no HTML measured (0 bytes): no ratio rather than a division by zero.
    const unmeasured = { ...ONE, output: { ...ONE.output, htmlBytes: 0 } };
    expect(growth([unmeasured, TEN]).find((g) => g.metric === 'HTML')!.ratios).toEqual([undefined]);
  });
});
