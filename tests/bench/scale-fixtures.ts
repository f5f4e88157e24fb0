import type { SizeResult } from '../../src/bench/scale/bench-size.ts';
import type { ScaleReport } from '../../src/bench/scale/scale-report.ts';
import type { RunStats } from '../../src/bench/scale/stats.ts';

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
 * A size with a check, a build and a bare build of the given medians. At 1x the build
 * compiles the PDFs (half its time: the build without them takes the other half; 24 of them
 * compiled beside Astro, 7 by the pages); larger sizes leave them out. Every size samples the
 * largest, which takes a twentieth of the build and lists a tenth of what all syllabi list
 * together.
 */
export function size(factor: number, check: number, build: number, bare: number): SizeResult {
  const sampled = factor > 1;
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
    ...(sampled ? {} : { siteBuild: stats(build / 2) }),
    pdfs: sampled ? 'sample' : 'build',
    pdf: sampled
      ? undefined
      : { count: 7, totalMs: build / 10, slowestMs: build / 50, ahead: { count: 24, ms: build / 3 } },
    pdfSample: {
      slug: 'all',
      competencies: 69 * factor,
      allCompetencies: 690 * factor,
      syllabi: 31,
      ms: build / 20,
      bytes: 2 ** 20 * factor,
      cpuMs: build / 20,
      peakRssBytes: 2 ** 30,
    },
    output: {
      htmlPages: 150 * factor,
      htmlBytes: 2 ** 20 * factor,
      searchIndexBytes: 2 ** 19 * factor,
      pdfCount: 31,
      pdfBytes: sampled ? 31 * 20 : 2 ** 20,
      largestPdfBytes: sampled ? 20 : 2 ** 16,
      totalBytes: 2 ** 22 * factor,
    },
    bare: {
      ...stats(bare),
      pages: 150 * factor,
      htmlBytes: 2 ** 19 * factor,
      searchIndexBytes: 2 ** 18 * factor,
    },
  };
}

/** 1x builds in 20 s (10 s of PDFs); 10x in 50 s without PDFs; 100x in 700 s without PDFs. */
export const SIZES = [
  size(1, 700, 20_000, 10_000),
  size(10, 1500, 50_000, 20_000),
  size(100, 6000, 700_000, 100_000),
];

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
  budgetMs: 540_000,
  totalMs: 500_000,
  sizes: SIZES,
};
