import type { SizeResult } from './bench-size.ts';

/** Targets from issue 7, for a 2-core machine. */
export const SCALE_TARGETS = {
  /** `npm run check` of the largest framework. */
  checkMs: 5000,
  /** Full build of the real framework (1x). */
  realBuildMs: 30_000,
  /** Our build time over a bare Starlight build of as many pages, at every size. */
  bareRatio: 1.5,
  /** Growth of any time between sizes ten times apart (linear would be 10). */
  growth: 12,
};

/** A time that was measured, or estimated from measurements (see the functions below). */
export interface Derived {
  ms: number;
  estimated: boolean;
}

/**
 * All the syllabus PDFs of a size, compiled one after another: the largest one's time (it is
 * compiled alone at every size) scaled by the competencies all the syllabi list together (PDF
 * time grows with them); at 1x and 10x, where both were known, this was 10-30% high. The same
 * method at every size, so its growth compares like with like.
 */
export function pdfTotal(size: SizeResult): Derived {
  const sample = size.pdfSample;
  return { ms: (sample.ms * sample.allCompetencies) / sample.competencies, estimated: true };
}

/** The build without its PDFs, measured: the builds that left them out. */
export function siteBuildMs(size: SizeResult): number {
  return (size.siteBuild ?? size.build).medianMs;
}

/**
 * The full build: measured where it compiled the PDFs, else the build without them plus all
 * the PDFs one after another. That is an upper bound: the build compiles most PDFs beside
 * Astro, on another core, rather than after it.
 */
export function fullBuild(size: SizeResult): Derived {
  if (size.pdfs === 'build') return { ms: size.build.medianMs, estimated: false };
  return { ms: size.build.medianMs + pdfTotal(size).ms, estimated: true };
}

/** Times and sizes compared between consecutive sizes (for example 100x over 10x). */
export interface Growth {
  metric: string;
  /** One ratio per consecutive pair of sizes, later over earlier; undefined where not measured. */
  ratios: (number | undefined)[];
  /** Whether it is a time, to which the growth target applies. */
  time: boolean;
}

/** The growth of each time and size between consecutive sizes. */
export function growth(sizes: readonly SizeResult[]): Growth[] {
  const metrics: [string, boolean, (s: SizeResult) => number | undefined][] = [
    ['Content check', true, (s) => s.check.medianMs],
    ['Build without PDFs', true, siteBuildMs],
    ['Full build', true, (s) => fullBuild(s).ms],
    ['All syllabus PDFs', true, (s) => pdfTotal(s).ms],
    ['Largest syllabus PDF', true, (s) => s.pdfSample.ms],
    ['Bare Starlight build', true, (s) => s.bare.medianMs],
    ['Peak memory of the build', false, (s) => s.build.peakRssBytes],
    ['HTML', false, (s) => s.output.htmlBytes],
    ['Search index', false, (s) => s.output.searchIndexBytes],
  ];
  return metrics.map(([metric, time, value]) => ({
    metric,
    time,
    ratios: sizes.slice(1).map((size, i) => {
      const [before, after] = [value(sizes[i]!), value(size)];
      return before && after ? after / before : undefined;
    }),
  }));
}

/** A target and whether it was met. */
export interface TargetResult {
  target: string;
  measured: string;
  met: boolean;
}

/** Each target of SCALE_TARGETS, judged on the sizes measured. */
export function targetResults(sizes: readonly SizeResult[]): TargetResult[] {
  const results: TargetResult[] = [];
  const largest = sizes.at(-1);
  if (largest)
    results.push({
      target: `Content check of the ${largest.factor}x framework < ${seconds(SCALE_TARGETS.checkMs)}`,
      measured: seconds(largest.check.medianMs),
      met: largest.check.medianMs < SCALE_TARGETS.checkMs,
    });
  const real = sizes.find((size) => size.factor === 1 && size.pdfs === 'build');
  if (real)
    results.push({
      target: `Full build of the real framework < ${seconds(SCALE_TARGETS.realBuildMs)}`,
      measured: seconds(real.build.medianMs),
      met: real.build.medianMs < SCALE_TARGETS.realBuildMs,
    });
  for (const size of sizes) {
    const full = fullBuild(size);
    const ratio = full.ms / size.bare.medianMs;
    results.push({
      target: `${size.factor}x: our build within ${SCALE_TARGETS.bareRatio}x of bare Starlight`,
      measured: `${ratio.toFixed(1)}x${full.estimated ? ' (estimate)' : ''}; without PDFs ${(siteBuildMs(size) / size.bare.medianMs).toFixed(1)}x`,
      met: ratio <= SCALE_TARGETS.bareRatio,
    });
  }
  for (const row of growth(sizes).filter((g) => g.time))
    row.ratios.forEach((ratio, i) => {
      if (ratio === undefined) return;
      results.push({
        target: `${row.metric}: ${sizes[i + 1]!.factor}x / ${sizes[i]!.factor}x ≤ ${SCALE_TARGETS.growth}`,
        measured: `${ratio.toFixed(1)}x`,
        met: ratio <= SCALE_TARGETS.growth,
      });
    });
  return results;
}

/** A duration for a reader: `1.25 s`, `12.5 s`. */
export function seconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(2)} s` : `${(ms / 1000).toFixed(1)} s`;
}
