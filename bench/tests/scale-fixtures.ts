import type { SizeResult } from '../bench-size.ts';
import type { ScaleReport } from '../scale-bench.ts';
import type { RunStats } from '../stats.ts';

/** Runs with the given median (milliseconds). */
export const stats = (medianMs: number, peakRssBytes = 2 ** 30): RunStats => ({
  runs: 2,
  medianMs,
  minMs: medianMs,
  maxMs: medianMs,
  cpuMs: medianMs,
  peakRssBytes,
});

/**
 * A size with a check, and (unless `site` is 0) a full build twice as long as the build
 * without compiling PDFs, a bare build, and phases that add up to each; 1x also has a rebuild
 * after one change that compiled `compiled` PDFs of the 32 that list the competency.
 */
export function size(factor: number, check: number, site: number, bare: number, compiled = 20): SizeResult {
  const result: SizeResult = {
    factor,
    counts: {
      files: 126 * factor,
      competencies: 75 * factor,
      domains: 9 * factor,
      recommendations: 11 * factor,
    },
    check: stats(check),
  };
  if (site === 0) return result;
  const sixths = (total: number) => Array.from({ length: 6 }, () => total / 6);
  return {
    ...result,
    full: stats(site * 2),
    site: stats(site),
    sitePhases: sixths(site),
    ...(factor === 1
      ? { oneChange: { competency: 'developing-ai-models', run: stats(site / 2), compiled, containing: 32 } }
      : {}),
    output: {
      htmlPages: 200 * factor,
      htmlBytes: 2 ** 20 * factor,
      searchIndexBytes: 2 ** 19 * factor,
      pdfCount: 62,
      pdfBytes: 2 ** 20,
      largestPdfBytes: 2 ** 16,
      totalBytes: 2 ** 22 * factor,
    },
    bare: {
      ...stats(bare),
      pages: 200 * factor,
      htmlBytes: 2 ** 19 * factor,
      searchIndexBytes: 2 ** 18 * factor,
      phases: sixths(bare),
    },
  };
}

/** 1x: 12 s without compiling PDFs against 10 s bare; 10x: 60 s against 30 s; 100x: the check only. */
export const SIZES = [size(1, 700, 12_000, 10_000), size(10, 1500, 60_000, 30_000), size(100, 6000, 0, 0)];

export const REPORT: ScaleReport = {
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
