import { describe, expect, it } from 'vitest';
import type { SizeResult } from '../../src/bench/scale/bench-size.ts';
import {
  bareRatio,
  growth,
  scaleMarkdown,
  targetResults,
  type ScaleReport,
} from '../../src/bench/scale/scale-report.ts';
import type { RunStats } from '../../src/bench/scale/stats.ts';

const stats = (medianMs: number, peakRssBytes = 2 ** 30): RunStats => ({
  runs: 2,
  medianMs,
  minMs: medianMs,
  maxMs: medianMs,
  cpuMs: medianMs,
  peakRssBytes,
});

/** A size with a check, a build and a bare build of the given medians, in milliseconds. */
function size(factor: number, check: number, build: number, bare: number): SizeResult {
  return {
    factor,
    counts: {
      files: 114 * factor,
      competencies: 69 * factor,
      domains: 8 * factor,
      recommendations: 11 * factor,
    },
    check: stats(check),
    build: stats(build),
    pdf: { count: 31, totalMs: build / 2, slowestMs: build / 20 },
    output: {
      htmlPages: 150 * factor,
      htmlBytes: 2 ** 20 * factor,
      searchIndexBytes: 2 ** 19 * factor,
      pdfCount: 31,
      pdfBytes: 2 ** 20 * factor,
      largestPdfBytes: 2 ** 16 * factor,
      totalBytes: 2 ** 22 * factor,
    },
    bare: { ...stats(bare), pages: 150 * factor },
  };
}

const SIZES = [
  size(1, 700, 20_000, 10_000),
  size(10, 1500, 100_000, 50_000),
  size(100, 6000, 1_300_000, 400_000),
];

describe('scale report', () => {
  it('divides our build time by the bare Starlight time', () => {
    expect(bareRatio(SIZES[0]!)).toBe(2);
  });

  it('gives the growth of each measure between consecutive sizes', () => {
    const build = growth(SIZES).find((g) => g.metric === 'Full build')!;
    expect(build.ratios).toEqual([5, 13]);
    expect(build.time).toBe(true);
    expect(growth(SIZES).find((g) => g.metric === 'HTML')!.ratios).toEqual([10, 10]);
  });

  it('judges each target: the largest check, the real build, the bare ratio and growth of times', () => {
    const results = targetResults(SIZES);
    const met = (prefix: string) => results.filter((r) => r.target.startsWith(prefix)).map((r) => r.met);
    expect(met('Content check of the 100x')).toEqual([false]);
    expect(met('Full build of the real')).toEqual([true]);
    expect(met('1x: our build within')).toEqual([false]);
    expect(met('Full build: 100x / 10x')).toEqual([false]);
    expect(met('Full build: 10x / 1x')).toEqual([true]);
  });

  it('renders the machine, one column per size, growth and targets as Markdown', () => {
    const report: ScaleReport = {
      date: '2026-11-26T18:00:00.000Z',
      machine: {
        cpuModel: 'Test CPU',
        cores: 2,
        memoryBytes: 16 * 2 ** 30,
        node: 'v24.0.0',
        platform: 'linux x64',
      },
      code: { commit: '0123456789abcdef', source: 'commit', uncommitted: [] },
      totalMs: 500_000,
      sizes: SIZES,
    };
    const markdown = scaleMarkdown(report);
    expect(markdown).toContain('Test CPU, 2 cores, 16.0 GiB memory');
    expect(markdown).toContain('|  | 1x | 10x | 100x |');
    expect(markdown).toContain('| Our build / bare Starlight | 2.0x | 2.0x | 3.3x |');
    expect(markdown).toContain('| Full build | 5.0x | 13.0x |');
    expect(markdown).toMatch(/Full build: 100x \/ 10x ≤ 12 \| 13\.0x \| \*\*no\*\* \|/);
  });

  it('shows a size whose PDFs were left out with its sample and an estimate for all of them', () => {
    const sampled: SizeResult = {
      ...SIZES[2]!,
      pdf: undefined,
      pdfSample: {
        slug: 'all',
        competencies: 6900,
        ms: 20_000,
        bytes: 30 * 2 ** 20,
        cpuMs: 20_000,
        peakRssBytes: 2 ** 31,
      },
    };
    const markdown = scaleMarkdown({
      date: '2026-11-26T18:00:00.000Z',
      machine: { cpuModel: 'x', cores: 2, memoryBytes: 2 ** 34, node: 'v24', platform: 'linux' },
      code: { commit: 'abc', source: 'working tree', uncommitted: ['src/pdf/template.ts'] },
      totalMs: 1,
      sizes: [SIZES[1]!, sampled],
    });
    // At 10x all PDFs took ten times the slowest, so 100x is estimated at ten times its sample.
    expect(markdown).toContain(
      'left out; the largest alone 20.0 s (CPU 20.0 s); all 31 ≈ 200.0 s (estimate)',
    );
    expect(markdown).toContain('left out; the largest alone 30.0 MiB (6900 competencies)');
    expect(markdown).toContain('plus uncommitted changes to src/pdf/template.ts');
  });
});
